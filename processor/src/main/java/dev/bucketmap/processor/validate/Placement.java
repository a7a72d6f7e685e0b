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

    /** False after reporting that {@code type} is not an interface; {@code set} for {@code @BucketSet}. */
    static boolean isInterface(TypeElement type, boolean set, Reporter reporter) {
        if (type.getKind() == ElementKind.INTERFACE) {
            return true;
        }
        reporter.error(
                type,
                Message.NOT_AN_INTERFACE,
                annotation(set),
                type.getSimpleName(),
                TypeText.article(type),
                set ? "set" : "map");
        return false;
    }

    /** Reports each reason why {@code generated} cannot implement the interface {@code type}. */
    static void check(TypeElement type, ClassName generated, boolean set, Reporter reporter) {
        String annotation = annotation(set);
        if (!type.getTypeParameters().isEmpty()) {
            reporter.error(
                    type,
                    Message.GENERIC_INTERFACE,
                    annotation,
                    type.getSimpleName(),
                    set
                            ? "the element type comes from the annotation (@BucketSet(E.class))"
                            : "the key and value types come from the annotation (key = ..., value = ...)");
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(type, Message.PRIVATE_INTERFACE, annotation, type.getSimpleName(), generated.simpleName());
        }
        if (type.getModifiers().contains(Modifier.SEALED) && !permits(type, generated)) {
            reporter.error(type, Message.SEALED_INTERFACE, annotation, type.getSimpleName(), generated.simpleName());
        }
        for (Element outer = type.getEnclosingElement();
                !(outer instanceof PackageElement);
                outer = outer.getEnclosingElement()) {
            // Member interfaces are always static; local ones are invisible to processors.
            if (outer instanceof TypeElement enclosing
                    && enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(type, Message.ENCLOSED_PRIVATE, annotation, type.getSimpleName(), enclosing);
            }
        }
    }

    private static String annotation(boolean set) {
        return set ? "@BucketSet" : "@BucketMap";
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
