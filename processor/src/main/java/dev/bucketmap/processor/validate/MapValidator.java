package dev.bucketmap.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.MapInterop;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.RuntimeTypes;
import dev.bucketmap.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @BucketMap} element and turns it into a {@link MapModel}. Every problem is
 * reported on the most precise element and validation goes on, so all mistakes show at once; the
 * model is returned only when there were none.
 *
 * <p>In order: the annotation and where the interface is ({@link Placement}); the key and value
 * classes ({@link KindResolver}); {@code java.util.Map} as a superinterface ({@link
 * MapSupertype}); each abstract method ({@link AbstractMethods}, then {@link FormMatcher}); and
 * {@code defaultValue()} ({@link DefaultValues}).
 */
public final class MapValidator {
  private final ProcessingEnvironment env;
  private final Types types;
  private final Elements elements;

  public MapValidator(ProcessingEnvironment env) {
    this.env = env;
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
  }

  /** The model of {@code type}, or empty after reporting its errors. */
  public Optional<MapModel> validate(TypeElement type, Reporter reporter) {
    Optional<AnnotationReader.Read> annotation = AnnotationReader.read(type);
    if (annotation.isEmpty()) {
      return Optional.empty(); // javac has reported the malformed annotation
    }
    if (!Placement.isInterface(type, reporter)) {
      return Optional.empty();
    }
    ClassName generated = generatedName(type);
    Placement.check(type, generated, reporter);
    if (elements.getTypeElement(RuntimeTypes.MAP_STATS.canonicalName()) == null) {
      reporter.error(type, Message.RUNTIME_MISSING, generated.simpleName());
    }

    Optional<DeclaredTypes> resolved = new KindResolver(types, reporter).resolve(type, annotation.get());
    if (resolved.isEmpty()) {
      return Optional.empty(); // every form depends on the kinds
    }
    DeclaredTypes declared = resolved.get();
    Accessibility access = new Accessibility(elements, type);
    AnnotationMirror mirror = annotation.get().mirror();
    String name = generated.simpleName();
    boolean keyVisible = checkAccessible(type, mirror, annotation.get().key(), "key", access, name, reporter);
    boolean valueVisible =
        checkAccessible(type, mirror, annotation.get().value(), "value", access, name, reporter);
    if (!keyVisible || !valueVisible) {
      return Optional.empty(); // every method would repeat it
    }

    CheckedExceptions checked = new CheckedExceptions(types, elements);
    FunctionTypes functionTypes = new FunctionTypes(types, elements, checked);
    FunctionalParameters functions =
        new FunctionalParameters(types, type, functionTypes, declared, reporter);
    FormMatcher matcher = new FormMatcher(types, type, declared, functionTypes, functions, reporter);
    DefaultValues defaults = new DefaultValues(elements, types, type, declared, reporter);
    MapSupertype map = new MapSupertype(env, type, reporter);
    Optional<MapInterop> interop = map.check(declared);
    MethodReporter methodReporter = new MethodReporter(type, reporter);
    List<MethodModel> methods = new ArrayList<>();
    for (ExecutableElement method :
        new AbstractMethods(env, type, methodReporter, access, checked, name).collect()) {
      if (map.isMapMethod(method)) {
        map.checkRedeclared(method); // implemented with Map's semantics, not as a form
      } else if (DefaultValues.isDefaultValue(method)) {
        defaults.reportAbstract(method);
      } else {
        matcher.match(method).ifPresent(methods::add);
      }
    }
    matcher.reportWrittenUnboxed(annotation.get());
    functions.checkAgain();
    ValueKind value = declared.valueKind(defaults.check());
    if (!reporter.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new MapModel(
            TypeName.get(type.asType()),
            generated,
            declared.keyKind(),
            value,
            List.copyOf(methods),
            interop));
  }

  /** False after reporting a key or value class that the generated class could not name. */
  private static boolean checkAccessible(
      TypeElement type,
      AnnotationMirror annotation,
      AnnotationReader.TypeValue typeValue,
      String which,
      Accessibility access,
      String generated,
      Reporter reporter) {
    Accessibility.Inaccessible hidden = access.find(typeValue.type());
    if (hidden != null) {
      reporter.error(type, annotation, typeValue.where(), Message.INACCESSIBLE_TYPE,
          "@BucketMap " + which + " type", hidden.name(), hidden.why(), generated);
      return false;
    }
    return true;
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
}
