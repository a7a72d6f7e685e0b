package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.Primitive;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Accepts or refuses the annotation's key and value classes, reporting a refused one on the
 * annotation value itself; the accepted ones start the interface's {@link DeclaredTypes}.
 */
final class KindResolver {
    private final Types types;
    private final Reporter reporter;

    KindResolver(Types types, Reporter reporter) {
        this.types = types;
        this.reporter = reporter;
    }

    /** The key and value types of {@code element}, or empty after reporting why one is refused. */
    Optional<DeclaredTypes> resolve(TypeElement element, AnnotationReader.Read read) {
        KeyKind key = key(element, read);
        boolean valueAccepted = acceptsValue(element, read);
        if (key == null || !valueAccepted) {
            return Optional.empty();
        }
        MethodReporter methods = new MethodReporter(element, reporter);
        return Optional.of(new DeclaredTypes(
                types, methods, key, read.key().type(), read.value().type()));
    }

    /** The key kind, or null after reporting why the key type is not accepted. */
    private KeyKind key(TypeElement element, AnnotationReader.Read read) {
        TypeMirror key = read.key().type();
        Primitive primitive = Primitive.of(key.getKind());
        if (primitive == Primitive.BOOLEAN) {
            reporter.error(element, read.mirror(), read.key().where(), Message.KEY_BOOLEAN);
            return null;
        }
        if (primitive != null) {
            return KeyKind.primitive(primitive);
        }
        if (key.getKind() == TypeKind.DECLARED) {
            Primitive unboxed = unboxed(key);
            if (unboxed == Primitive.BOOLEAN) {
                reporter.error(element, read.mirror(), read.key().where(), Message.KEY_BOOLEAN);
                return null;
            }
            if (unboxed != null) {
                reporter.error(element, read.mirror(), read.key().where(), Message.KEY_WRAPPER, key, unboxed.type());
                return null;
            }
            // The class as the annotation names it; DeclaredTypes adds the type arguments the methods write.
            return KeyKind.reference(TypeName.get(types.erasure(key)));
        }
        if (key.getKind() == TypeKind.ARRAY) {
            reporter.error(element, read.mirror(), read.key().where(), Message.KEY_ARRAY, key);
            return null;
        }
        reporter.error(element, read.mirror(), read.key().where(), Message.KEY_KIND_UNSUPPORTED, key);
        return null;
    }

    private Primitive unboxed(TypeMirror type) {
        try {
            return Primitive.of(types.unboxedType(type).getKind());
        } catch (IllegalArgumentException notABox) {
            return null;
        }
    }

    /** False after reporting why the value type is not accepted. */
    private boolean acceptsValue(TypeElement element, AnnotationReader.Read read) {
        TypeMirror value = read.value().type();
        if (value.getKind() == TypeKind.VOID) {
            reporter.error(element, read.mirror(), read.value().where(), Message.VALUE_VOID);
            return false;
        }
        if (value.getKind().isPrimitive()
                || value.getKind() == TypeKind.DECLARED
                || value.getKind() == TypeKind.ARRAY) {
            return true;
        }
        reporter.error(element, read.mirror(), read.value().where(), Message.VALUE_NOT_A_CLASS, value);
        return false;
    }
}
