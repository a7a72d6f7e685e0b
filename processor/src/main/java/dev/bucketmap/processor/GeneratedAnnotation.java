package dev.bucketmap.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated class may carry {@code @javax.annotation.processing.Generated}. That
 * annotation lives in the module {@code java.compiler}, which code in the unnamed module (the class
 * path) always reads, but a named module only if its {@code module-info.java} says so. A module
 * that reads only {@code dev.bucketmap} and {@code dev.bucketmap.runtime} would fail to compile a
 * class annotated {@code @Generated} ("package javax.annotation.processing is not visible"), so
 * there the processor leaves the annotation out.
 *
 * <p>A named module reads {@code java.compiler} if it requires it (also {@code static}), or
 * requires a module that requires it {@code transitive}, at any depth: {@code requires java.se;}
 * counts.
 */
final class GeneratedAnnotation {
    static final String MODULE = "java.compiler";
    static final String TYPE = "javax.annotation.processing.Generated";

    private GeneratedAnnotation() {}

    /** True if the code beside {@code type} (in its module) can name {@code @Generated}. */
    static boolean readableFrom(Elements elements, TypeElement type) {
        ModuleElement module = elements.getModuleOf(type);
        if (module == null || module.isUnnamed()) {
            // Java 8 style compilations have no modules; the unnamed module reads every system module.
            return elements.getTypeElement(TYPE) != null;
        }
        return reads(module, false, new HashSet<>());
    }

    /**
     * True if {@code module} reads java.compiler through its requires directives; with {@code
     * transitiveOnly}, only through those that it passes on to the modules requiring it.
     */
    private static boolean reads(ModuleElement module, boolean transitiveOnly, Set<String> seen) {
        if (!seen.add(module.getQualifiedName() + (transitiveOnly ? " transitive" : ""))) {
            return false;
        }
        for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            if (transitiveOnly && !requires.isTransitive()) {
                continue;
            }
            ModuleElement dependency = requires.getDependency();
            if (dependency.getQualifiedName().contentEquals(MODULE) || reads(dependency, true, seen)) {
                return true;
            }
        }
        return false;
    }
}
