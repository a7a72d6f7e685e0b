package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What the annotated type is and where it is declared: the generated class, a top-level class of
 * the same package, must be able to implement it. So it must be an interface, neither generic nor
 * private nor nested in a private type, and if sealed it must permit the generated class.
 */
final class Placement {
    private Placement() {}

    /** False after reporting that {@code type} is not an interface. */
    static boolean isInterface(TypeElement type, Reporter reporter) {
        if (type.getKind() == ElementKind.INTERFACE) {
            return true;
        }
        reporter.error(type, Message.NOT_AN_INTERFACE, type.getSimpleName(), TypeText.article(type));
        return false;
    }

    /** Reports each reason why {@code generated} cannot implement the interface {@code type}. */
    static void check(TypeElement type, ClassName generated, Reporter reporter) {
        if (!type.getTypeParameters().isEmpty()) {
            reporter.error(type, Message.GENERIC_INTERFACE, type.getSimpleName());
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(type, Message.PRIVATE_INTERFACE, type.getSimpleName(), GeneratedNames.flatName(type));
        }
        if (type.getModifiers().contains(Modifier.SEALED) && !permits(type, generated)) {
            reporter.error(type, Message.SEALED_INTERFACE, type.getSimpleName(), generated.simpleName());
        }
        for (Element outer = type.getEnclosingElement();
                !(outer instanceof PackageElement);
                outer = outer.getEnclosingElement()) {
            // Member interfaces are always static; local ones are invisible to processors.
            if (outer instanceof TypeElement enclosing
                    && enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(type, Message.ENCLOSED_PRIVATE, type.getSimpleName(), enclosing);
            }
        }
    }

    /**
     * True if the permits clause names the generated class. Before it is generated javac knows it
     * only by the name written there, so the name is compared.
     */
    private static boolean permits(TypeElement type, ClassName generated) {
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            String name = permitted.toString();
            if (name.equals(generated.canonicalName()) || name.equals(generated.simpleName())) {
                return true;
            }
        }
        return false;
    }
}
