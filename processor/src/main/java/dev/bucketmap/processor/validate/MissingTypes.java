package dev.bucketmap.processor.validate;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether an interface can be read yet: one that refers to a type javac cannot resolve, perhaps
 * because another processor generates it in a later round, is deferred rather than validated.
 */
public final class MissingTypes {
    private MissingTypes() {}

    /** True if the interface's annotation or methods refer to a type javac cannot resolve yet. */
    public static boolean in(TypeElement type, Elements elements) {
        Optional<AnnotationReader.Read> read = AnnotationReader.read(type);
        if (read.isPresent()
                && (isError(read.get().key().type())
                        || isError(read.get().value().type()))) {
            return true;
        }
        if (SetAnnotation.read(type).filter(set -> isError(set.element())).isPresent()) {
            return true;
        }
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (isError(m.getReturnType()) || m.getParameters().stream().anyMatch(p -> isError(p.asType()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isError(TypeMirror t) {
        return t.getKind() == TypeKind.ERROR;
    }
}
