package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.KeyKind;
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
    if (key.getKind() == TypeKind.LONG) {
      return KeyKind.LONG;
    }
    if (key.getKind() == TypeKind.BOOLEAN) {
      reporter.error(element, read.mirror(), read.key().where(), Message.KEY_BOOLEAN);
      return null;
    }
    if (key.getKind() == TypeKind.DECLARED) {
      try {
        TypeMirror unboxed = types.unboxedType(key);
        if (unboxed.getKind() == TypeKind.LONG) {
          reporter.error(
              element, read.mirror(), read.key().where(), Message.KEY_WRAPPER, key, unboxed);
          return null;
        }
      } catch (IllegalArgumentException notABox) {
        // an ordinary reference type
      }
    }
    reporter.error(element, read.mirror(), read.key().where(), Message.KEY_KIND_UNSUPPORTED, key);
    return null;
  }

  /** The value type as a mirror, or null after reporting why it is not accepted. */
  TypeMirror value(TypeElement element, AnnotationReader.Read read) {
    TypeMirror value = read.value().type();
    switch (value.getKind()) {
      case DECLARED, ARRAY:
        return value;
      case VOID:
        reporter.error(element, read.mirror(), read.value().where(), Message.VALUE_VOID);
        return null;
      default:
        if (value.getKind().isPrimitive()) {
          String box = types.boxedClass(types.getPrimitiveType(value.getKind()))
              .getSimpleName().toString();
          reporter.error(
              element, read.mirror(), read.value().where(), Message.VALUE_KIND_UNSUPPORTED,
              value, box + ".class");
        } else {
          reporter.error(
              element, read.mirror(), read.value().where(), Message.VALUE_NOT_A_CLASS, value);
        }
        return null;
    }
  }
}
