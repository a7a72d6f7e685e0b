package dev.bucketmap.processor.validate;

import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java's rule for a checked exception, in one place: a thrown type is checked unless it is a
 * {@code RuntimeException} or an {@code Error}. So {@code Throwable} itself and a class that
 * extends {@code Throwable} directly are checked; a type variable ({@code throws X}) or a captured
 * wildcard is judged by its bound, as javac judges it at the call.
 */
final class CheckedExceptions {
    private final Types types;
    private final TypeMirror runtimeException;
    private final TypeMirror error;

    CheckedExceptions(Types types, Elements elements) {
        this.types = types;
        this.runtimeException =
                elements.getTypeElement("java.lang.RuntimeException").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
    }

    /** True if a method that throws {@code thrown} makes its caller catch or declare it. */
    boolean isChecked(TypeMirror thrown) {
        return !types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error);
    }
}
