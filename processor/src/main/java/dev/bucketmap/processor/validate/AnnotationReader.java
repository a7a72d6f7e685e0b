package dev.bucketmap.processor.validate;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @BucketMap(key = ..., value = ...)} from an element as type mirrors (the classes
 * themselves are not loadable at compile time), keeping the annotation values so errors can
 * point at them.
 */
public final class AnnotationReader {
    public static final String ANNOTATION = "dev.bucketmap.BucketMap";

    /** One element of the annotation: its type and where it is written. */
    public record TypeValue(TypeMirror type, AnnotationValue where) {}

    /** The annotation as written on one element. */
    public record Read(AnnotationMirror mirror, TypeValue key, TypeValue value) {}

    private AnnotationReader() {}

    /** The annotation on {@code element}; empty when it is missing or incomplete (javac reports that). */
    public static Optional<Read> read(TypeElement element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (!type.getQualifiedName().contentEquals(ANNOTATION)) {
                continue;
            }
            TypeValue key = null;
            TypeValue value = null;
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                    mirror.getElementValues().entrySet()) {
                Object v = e.getValue().getValue();
                if (!(v instanceof TypeMirror t)) {
                    continue; // an unresolvable class literal: javac reports it
                }
                String name = e.getKey().getSimpleName().toString();
                if (name.equals("key")) {
                    key = new TypeValue(t, e.getValue());
                } else if (name.equals("value")) {
                    value = new TypeValue(t, e.getValue());
                }
            }
            if (key == null || value == null) {
                return Optional.empty();
            }
            return Optional.of(new Read(mirror, key, value));
        }
        return Optional.empty();
    }
}
