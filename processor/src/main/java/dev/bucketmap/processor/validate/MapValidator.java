package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @BucketMap} element and turns it into a {@link MapModel}: every check the
 * processor makes, all before anything is generated. Every problem is reported on the most
 * precise element and validation goes on, so all mistakes show at once; the report carries the
 * model only when there were none.
 *
 * <p>In order: the annotation and where the interface is ({@link Placement}); the key and value
 * classes ({@link KindResolver}); {@code java.util.Map} as a superinterface ({@link
 * MapSupertype}); each abstract method ({@link AbstractMethods}, then {@link FormMatcher});
 * {@code defaultValue()} ({@link DefaultValues}); then, for the model, the generated class's name
 * ({@link GeneratedNames}) and its methods against the interface's default methods ({@link
 * DefaultMethodClashes}).
 */
public final class MapValidator {
    private final ProcessingEnvironment env;
    private final Types types;
    private final Elements elements;

    public MapValidator(ProcessingEnvironment env) {
        this.env = env;
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
    }

    /**
     * Validates {@code type}; {@code names} holds what earlier interfaces of this processing run
     * generate, and learns the name of this one's class when the report is clean.
     */
    public ValidationReport validate(TypeElement type, GeneratedNames names) {
        Reporter reporter = new Reporter(env.getMessager());
        return finish(env, type, names, model(type, reporter), reporter);
    }

    /**
     * The report on {@code model}, a map's or a set's: once the interface itself is clean, the
     * generated class's name must be free and its methods must not clash with default methods.
     */
    static ValidationReport finish(
            ProcessingEnvironment env,
            TypeElement type,
            GeneratedNames names,
            Optional<MapModel> model,
            Reporter reporter) {
        if (model.isEmpty() || !reporter.isClean()) {
            return ValidationReport.nothingToGenerate(reporter.isClean());
        }
        ClassName name = model.get().generatedName();
        if (!names.isFree(type, name, reporter)) {
            return ValidationReport.nothingToGenerate(reporter.isClean());
        }
        new DefaultMethodClashes(env).check(type, model.get(), reporter);
        if (!reporter.isClean()) {
            return ValidationReport.nothingToGenerate(false);
        }
        names.claim(type, name);
        return ValidationReport.of(model.get());
    }

    /** The model of {@code type}, or empty after reporting its errors. */
    private Optional<MapModel> model(TypeElement type, Reporter reporter) {
        Optional<AnnotationReader.Read> annotation = AnnotationReader.read(type);
        if (annotation.isEmpty()) {
            return Optional.empty(); // javac has reported the malformed annotation
        }
        if (!Placement.isInterface(type, false, reporter)) {
            return Optional.empty();
        }
        ClassName generated = GeneratedNames.of(type, "BucketMap_");
        Placement.check(type, generated, false, reporter);
        if (elements.getTypeElement(RuntimeTypes.MAP_STATS.canonicalName()) == null) {
            reporter.error(type, Message.RUNTIME_MISSING, generated.simpleName());
        }

        Optional<DeclaredTypes> resolved = new KindResolver(types, reporter).resolve(type, annotation.get());
        if (resolved.isEmpty()) {
            return Optional.empty(); // every form depends on the kinds
        }
        DeclaredTypes declared = resolved.get();
        Accessibility access = new Accessibility(elements, type);
        AnnotationMirror mirror = annotation.get().mirror();
        String name = generated.simpleName();
        boolean keyVisible = checkAccessible(type, mirror, annotation.get().key(), "key", access, name, reporter);
        boolean valueVisible = checkAccessible(type, mirror, annotation.get().value(), "value", access, name, reporter);
        if (!keyVisible || !valueVisible) {
            return Optional.empty(); // every method would repeat it
        }

        CheckedExceptions checked = new CheckedExceptions(types, elements);
        FunctionTypes functionTypes = new FunctionTypes(types, elements, checked);
        FunctionalParameters functions = new FunctionalParameters(types, type, functionTypes, declared, reporter);
        FormMatcher matcher = new FormMatcher(types, type, declared, functionTypes, functions, reporter);
        DefaultValues defaults = new DefaultValues(elements, types, type, declared, reporter);
        MapSupertype map = new MapSupertype(env, type, reporter);
        Optional<MapInterop> interop = map.check(declared);
        MethodReporter methodReporter = new MethodReporter(type, reporter);
        List<MethodModel> methods = new ArrayList<>();
        for (ExecutableElement method :
                new AbstractMethods(env, type, methodReporter, access, checked, name).collect()) {
            if (map.isMapMethod(method)) {
                map.checkRedeclared(method); // implemented with Map's semantics, not as a form
            } else if (DefaultValues.isDefaultValue(method)) {
                defaults.reportAbstract(method);
            } else {
                matcher.match(method).ifPresent(methods::add);
            }
        }
        matcher.reportWrittenUnboxed(annotation.get());
        functions.checkAgain();
        ValueKind value = declared.valueKind(defaults.check());
        if (!reporter.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new MapModel(
                TypeName.get(type.asType()), generated, declared.keyKind(), value, List.copyOf(methods), interop));
    }

    /** False after reporting a key or value class that the generated class could not name. */
    private static boolean checkAccessible(
            TypeElement type,
            AnnotationMirror annotation,
            AnnotationReader.TypeValue typeValue,
            String which,
            Accessibility access,
            String generated,
            Reporter reporter) {
        Accessibility.Inaccessible hidden = access.find(typeValue.type());
        if (hidden != null) {
            reporter.error(
                    type,
                    annotation,
                    typeValue.where(),
                    Message.INACCESSIBLE_TYPE,
                    "@BucketMap " + which + " type",
                    hidden.name(),
                    hidden.why(),
                    generated);
            return false;
        }
        return true;
    }
}
