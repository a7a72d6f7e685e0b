package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.Primitive;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks one {@code @BucketMap} element and turns it into a {@link MapModel}. Every problem is
 * reported on the most precise element and validation goes on, so all mistakes show at once; the
 * model is returned only when there were none.
 */
public final class MapValidator {
  private final ProcessingEnvironment env;

  public MapValidator(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The model of {@code type}, or empty after reporting its errors. */
  public Optional<MapModel> validate(TypeElement type, Reporter reporter) {
    Optional<AnnotationReader.Read> annotation = AnnotationReader.read(type);
    if (annotation.isEmpty()) {
      return Optional.empty(); // javac has reported the malformed annotation
    }
    if (type.getKind() != ElementKind.INTERFACE) {
      reporter.error(type, Message.NOT_AN_INTERFACE, type.getSimpleName(), describe(type));
      return Optional.empty();
    }
    checkPlacement(type, reporter);
    String generated = generatedName(type).simpleName();
    if (env.getElementUtils().getTypeElement(RuntimeTypes.MAP_STATS.canonicalName()) == null) {
      reporter.error(type, Message.RUNTIME_MISSING, generated);
    }

    KindResolver kinds = new KindResolver(env.getTypeUtils(), reporter);
    KeyKind key = kinds.key(type, annotation.get());
    TypeMirror value = kinds.value(type, annotation.get());
    if (key == null || value == null) {
      return Optional.empty(); // every form depends on the kinds
    }
    Accessibility access = new Accessibility(env.getElementUtils(), type);
    boolean keyVisible =
        checkAccessible(type, annotation.get().mirror(), annotation.get().key(), "key", access, reporter);
    boolean valueVisible =
        checkAccessible(type, annotation.get().mirror(), annotation.get().value(), "value", access, reporter);
    if (!keyVisible || !valueVisible) {
      return Optional.empty(); // every method would repeat it
    }

    FormMatcher matcher =
        new FormMatcher(env, type, key, annotation.get().key().type(), value, reporter);
    MapSupertype map = new MapSupertype(env, type, reporter);
    Optional<MapInterop> interop = map.check(annotation.get().key().type(), value);
    interop.flatMap(i -> map.valueType(value)).ifPresent(matcher::noteMapValueType);
    interop.flatMap(i -> map.keyType(annotation.get().key().type())).ifPresent(matcher::noteMapKeyType);
    MethodReporter methodReporter = new MethodReporter(type, reporter);
    List<MethodModel> methods = new ArrayList<>();
    for (ExecutableElement method :
        new AbstractMethods(env, type, methodReporter, access, generated).collect()) {
      if (map.isMapMethod(method)) {
        map.checkRedeclared(method); // implemented with Map's semantics, not as a form
      } else if (isDefaultValue(method)) {
        reportAbstractDefaultValue(method, value, methodReporter);
      } else {
        matcher.match(method).ifPresent(methods::add);
      }
    }
    matcher.reportWrittenUnboxed(annotation.get());
    matcher.checkFunctions();
    ValueKind valueKind;
    if (value.getKind().isPrimitive()) {
      boolean hasDefault = declaresDefaultValue(type, value, reporter);
      valueKind = ValueKind.primitive(Primitive.of(value.getKind()), hasDefault);
    } else {
      rejectDefaultValue(type, value, methodReporter);
      valueKind = ValueKind.reference(matcher.valueTypeName());
    }
    if (!reporter.isClean()) {
      return Optional.empty();
    }
    if (key.isReference()) {
      key = key.declaredAs(matcher.keyTypeName());
    }
    return Optional.of(
        new MapModel(
            TypeName.get(type.asType()),
            generatedName(type),
            key,
            valueKind,
            List.copyOf(methods),
            interop));
  }

  /**
   * True if the interface declares or inherits {@code default V defaultValue()}, the absent value
   * of a map with primitive values; one with another return type is reported.
   */
  private boolean declaresDefaultValue(TypeElement type, TypeMirror value, Reporter reporter) {
    for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      if (!isDefaultValue(m) || !m.getModifiers().contains(Modifier.DEFAULT)) {
        continue;
      }
      if (env.getTypeUtils().isSameType(m.getReturnType(), value)) {
        return true;
      }
      String described = m.getReturnType() + " defaultValue()";
      if (m.getEnclosingElement().equals(type)) {
        reporter.error(m, Message.DEFAULT_VALUE_TYPE, described, value, value);
      } else {
        String where = Message.INHERITED.format(
            described, ((TypeElement) m.getEnclosingElement()).getQualifiedName());
        reporter.error(type, Message.DEFAULT_VALUE_TYPE, where, value, value);
      }
    }
    return false;
  }

  private static boolean isDefaultValue(ExecutableElement m) {
    return m.getSimpleName().contentEquals("defaultValue") && m.getParameters().isEmpty();
  }

  /** An abstract {@code defaultValue()}: a mistake whatever the value type. */
  private static void reportAbstractDefaultValue(
      ExecutableElement m, TypeMirror value, MethodReporter reporter) {
    String described = FormMatcher.simple(m.getReturnType()) + " defaultValue()";
    if (value.getKind().isPrimitive()) {
      reporter.error(m, Message.DEFAULT_VALUE_ABSTRACT, described, value, value);
    } else {
      reporter.error(m, Message.DEFAULT_VALUE_FOR_REFERENCE, described, FormMatcher.simple(value));
    }
  }

  /** A {@code default defaultValue()} on a map with reference values, where absent is null. */
  private void rejectDefaultValue(TypeElement type, TypeMirror value, MethodReporter reporter) {
    for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      if (isDefaultValue(m) && m.getModifiers().contains(Modifier.DEFAULT)) {
        String described = "default " + FormMatcher.simple(m.getReturnType()) + " defaultValue()";
        reporter.error(m, Message.DEFAULT_VALUE_FOR_REFERENCE, described, FormMatcher.simple(value));
      }
    }
  }

  /** False after reporting a key or value class that the generated class could not name. */
  private static boolean checkAccessible(
      TypeElement type,
      AnnotationMirror annotation,
      AnnotationReader.TypeValue typeValue,
      String which,
      Accessibility access,
      Reporter reporter) {
    Accessibility.Inaccessible hidden = access.find(typeValue.type());
    if (hidden != null) {
      reporter.error(type, annotation, typeValue.where(), Message.INACCESSIBLE_TYPE,
          "@BucketMap " + which + " type", hidden.name(), hidden.why(), generatedName(type).simpleName());
      return false;
    }
    return true;
  }

  private void checkPlacement(TypeElement type, Reporter reporter) {
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(type, Message.GENERIC_INTERFACE, type.getSimpleName());
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.error(type, Message.PRIVATE_INTERFACE, type.getSimpleName(), flatName(type));
    }
    if (type.getModifiers().contains(Modifier.SEALED) && !permitsGenerated(type)) {
      reporter.error(type, Message.SEALED_INTERFACE, type.getSimpleName(), generatedName(type).simpleName());
    }
    for (Element outer = type.getEnclosingElement();
        !(outer instanceof PackageElement);
        outer = outer.getEnclosingElement()) {
      // Member interfaces are always static; local ones are invisible to processors.
      if (outer instanceof TypeElement enclosing && enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.error(type, Message.ENCLOSED_PRIVATE, type.getSimpleName(), enclosing);
      }
    }
  }

  /**
   * True if the permits clause names the generated class. Before it is generated javac knows it
   * only by the name written there, so the name is compared.
   */
  private static boolean permitsGenerated(TypeElement type) {
    ClassName generated = generatedName(type);
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      String name = permitted.toString();
      if (name.equals(generated.canonicalName()) || name.equals(generated.simpleName())) {
        return true;
      }
    }
    return false;
  }

  static boolean isObjectMethod(ExecutableElement m) {
    String name = m.getSimpleName().toString();
    int arity = m.getParameters().size();
    return (name.equals("equals") && arity == 1)
        && m.getParameters().get(0).asType().toString().equals("java.lang.Object")
        || (name.equals("hashCode") && arity == 0)
        || (name.equals("toString") && arity == 0);
  }

  private static String describe(TypeElement type) {
    return switch (type.getKind()) {
      case CLASS -> type.getModifiers().contains(Modifier.ABSTRACT) ? "an abstract class" : "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** {@code Outer_Inner} for {@code p.Outer.Inner}. */
  static String flatName(TypeElement type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
      sb.insert(0, t.getSimpleName() + "_");
    }
    return sb.toString();
  }

  /** {@code p.BucketMap_Outer_Inner} for {@code p.Outer.Inner}. */
  public static ClassName generatedName(TypeElement type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    String pkg = ((PackageElement) e).getQualifiedName().toString();
    return ClassName.get(pkg, "BucketMap_" + flatName(type));
  }

  static DeclaredType declared(TypeElement type) {
    return (DeclaredType) type.asType();
  }
}
