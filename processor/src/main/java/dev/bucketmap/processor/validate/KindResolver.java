package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.Primitive;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Turns the annotation's key and value classes into kinds, reporting unsupported ones on the
 * annotation value itself.
 */
final class KindResolver {
  private final Types types;
  private final Reporter reporter;

  KindResolver(Types types, Reporter reporter) {
    this.types = types;
    this.reporter = reporter;
  }

  /** The key kind, or null after reporting why the key type is not accepted. */
  KeyKind key(TypeElement element, AnnotationReader.Read read) {
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
        reporter.error(
            element, read.mirror(), read.key().where(), Message.KEY_WRAPPER, key, unboxed.type());
        return null;
      }
      // The class as the annotation names it; the validator adds the type arguments the methods write.
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

  /** The value type as a mirror, or null after reporting why it is not accepted. */
  TypeMirror value(TypeElement element, AnnotationReader.Read read) {
    TypeMirror value = read.value().type();
    if (value.getKind() == TypeKind.VOID) {
      reporter.error(element, read.mirror(), read.value().where(), Message.VALUE_VOID);
      return null;
    }
    if (value.getKind().isPrimitive()
        || value.getKind() == TypeKind.DECLARED
        || value.getKind() == TypeKind.ARRAY) {
      return value;
    }
    reporter.error(element, read.mirror(), read.value().where(), Message.VALUE_NOT_A_CLASS, value);
    return null;
  }
}
