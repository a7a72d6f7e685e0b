package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @BucketSet(E.class)} from an element as a type mirror, keeping the annotation value
 * so that errors can point at it; and refuses a type that carries {@code @BucketMap} too, which
 * is then neither validated nor generated as a map.
 */
public final class SetAnnotation {
    public static final String ANNOTATION = "dev.bucketmap.BucketSet";

    /** The annotation as written on one element: the element type and where it is written. */
    public record Read(AnnotationMirror mirror, TypeMirror element, AnnotationValue where) {}

    private SetAnnotation() {}

    /** True if {@code type} carries {@code @BucketSet}: the map validation then leaves it alone. */
    public static boolean isOn(TypeElement type) {
        return mirror(type, ANNOTATION) != null;
    }

    /** True after reporting that {@code type} carries both annotations. */
    static boolean hasBoth(TypeElement type, Reporter reporter) {
        if (mirror(type, AnnotationReader.ANNOTATION) == null) {
            return false;
        }
        reporter.error(type, Message.BOTH_ANNOTATIONS, type.getSimpleName());
        return true;
    }

    /** The annotation on {@code type}; empty when it is missing or incomplete (javac reports that). */
    static Optional<Read> read(TypeElement type) {
        AnnotationMirror set = mirror(type, ANNOTATION);
        if (set == null) {
            return Optional.empty();
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                set.getElementValues().entrySet()) {
            if (e.getValue().getValue() instanceof TypeMirror element) {
                return Optional.of(new Read(set, element, e.getValue()));
            }
        }
        return Optional.empty(); // no class literal, or an unresolvable one: javac reports it
    }

    private static AnnotationMirror mirror(TypeElement type, String name) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(name)) {
                return mirror;
            }
        }
        return null;
    }
}
