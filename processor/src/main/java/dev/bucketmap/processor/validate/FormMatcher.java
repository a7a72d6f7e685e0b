package dev.bucketmap.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.CursorModel;
import dev.bucketmap.processor.model.Form;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.KeyKind;
import dev.bucketmap.processor.model.MethodModel;
import dev.bucketmap.processor.model.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognises each abstract method as one of the {@link Form}s, checking its parameter and return
 * types and those of its functional parameters, and reports a precise error otherwise.
 */
final class FormMatcher {
  private static final String MAP_STATS = "dev.bucketmap.runtime.MapStats";

  private final Types types;
  private final Elements elements;
  private final TypeElement type;
  private final KeyKind key;
  private final TypeMirror keyType;
  private final TypeMirror value;
  private final Reporter reporter;
  private final MethodReporter methods;
  private final FunctionTypes functions;
  /** Every functional parameter of the methods matched so far. */
  private final List<FunctionParameter> pending = new ArrayList<>();
  /** The key type as the methods write it ({@code List<String>} for key = List.class), once seen. */
  private TypeMirror declaredKey;
  private TypeMirror declaredValue;
  /** The primitive of a wrapper value type (value = Integer.class), else null. */
  private final TypeMirror unboxedValue;
  /** While non-null, the value type that {@link #isValue} assumes instead of {@code value}. */
  private TypeMirror assumedValue;
  /** Methods that would match if the annotation named the primitive instead of its wrapper. */
  private final List<String> writtenUnboxed = new ArrayList<>();

  FormMatcher(
      ProcessingEnvironment env,
      TypeElement type,
      KeyKind key,
      TypeMirror keyType,
      TypeMirror value,
      Reporter reporter) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.type = type;
    this.key = key;
    this.keyType = keyType;
    this.value = value;
    this.reporter = reporter;
    this.methods = new MethodReporter(type, reporter);
    this.functions = new FunctionTypes(types, elements, new CheckedExceptions(types, elements));
    this.unboxedValue = unboxed(value);
  }

  private TypeMirror unboxed(TypeMirror t) {
    if (t.getKind() != TypeKind.DECLARED) {
      return null;
    }
    try {
      return types.unboxedType(t);
    } catch (IllegalArgumentException notABox) {
      return null;
    }
  }

  /** The value type as the methods write it (parameterized if they parameterize it). */
  TypeName valueTypeName() {
    return declaredValue != null ? TypeName.get(declaredValue) : unlessRaw(value);
  }

  /** The reference key type as the methods write it (parameterized if they parameterize it). */
  TypeName keyTypeName() {
    return declaredKey != null ? TypeName.get(declaredKey) : unlessRaw(keyType);
  }

  /** {@code t}, or {@code List<?>} for a generic class that no method writes: never the raw List. */
  private TypeName unlessRaw(TypeMirror t) {
    TypeElement element = t.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) t).asElement()
        : null;
    if (element == null || element.getTypeParameters().isEmpty()) {
      return TypeName.get(t);
    }
    TypeMirror[] wildcards = new TypeMirror[element.getTypeParameters().size()];
    Arrays.fill(wildcards, types.getWildcardType(null, null));
    return TypeName.get(types.getDeclaredType(element, wildcards));
  }

  /**
   * Reports, once and on the annotation's value, that the value type is a wrapper while methods
   * write its primitive; those methods were not reported one by one.
   */
  void reportWrittenUnboxed(AnnotationReader.Read annotation) {
    if (writtenUnboxed.isEmpty()) {
      return;
    }
    String box = simple(value);
    String primitive = unboxedValue.toString();
    reporter.error(type, annotation.mirror(), annotation.value().where(), Message.VALUE_WRAPPER,
        box, primitive, String.join(", ", writtenUnboxed), primitive, primitive, box);
  }

  /**
   * The value type as the interface's {@code java.util.Map<K, V>} writes it: the forms must write
   * it the same way.
   */
  void noteMapValueType(TypeMirror t) {
    declaredValue = t;
  }

  /** The key type as the interface's {@code java.util.Map<K, V>} writes it, for reference keys. */
  void noteMapKeyType(TypeMirror t) {
    declaredKey = t;
  }

  /** The form {@code method} implements, or empty after reporting why it matches none. */
  Optional<MethodModel> match(ExecutableElement method) {
    ExecutableType signature =
        (ExecutableType) types.asMemberOf(MapValidator.declared(type), method);
    String name = method.getSimpleName().toString();
    List<Form> named = Arrays.stream(Form.values()).filter(f -> f.methodName().equals(name)).toList();
    if (named.isEmpty()) {
      List<String> similar = FormNames.similarTo(name);
      if (similar.isEmpty()) {
        error(method, Message.UNKNOWN_METHOD, describe(method, signature), allForms());
      } else {
        error(method, Message.UNKNOWN_METHOD_SIMILAR, describe(method, signature),
            String.join(" or ", similar), allForms());
      }
      return Optional.empty();
    }
    if (!method.getTypeParameters().isEmpty()) {
      error(method, Message.GENERIC_METHOD, describe(method, signature));
      return Optional.empty();
    }
    List<Form> sameArity =
        named.stream().filter(f -> f.parameters().size() == method.getParameters().size()).toList();
    // Try each candidate quietly; report against the best one only if none fits.
    for (Form form : sameArity) {
      if (fits(form, signature)) {
        return build(method, signature, form);
      }
    }
    if (unboxedValue != null && fitsUnboxed(sameArity, signature)) {
      writtenUnboxed.add(methods.where(describe(method, signature), method));
      return Optional.empty();
    }
    if (sameArity.isEmpty()) {
      String expected =
          named.stream().map(this::signatureOf).collect(Collectors.joining(" or "));
      error(method, Message.FORM_MISMATCH, describe(method, signature), name, expected);
      return Optional.empty();
    }
    Form best = sameArity.get(sameArity.size() == 1 ? 0 : bestOf(sameArity, signature));
    explain(method, signature, best);
    return Optional.empty();
  }

  /** True if {@code signature} fits one of {@code forms} when the value is the unboxed primitive. */
  private boolean fitsUnboxed(List<Form> forms, ExecutableType signature) {
    assumedValue = unboxedValue;
    try {
      return forms.stream().anyMatch(f -> fits(f, signature));
    } finally {
      assumedValue = null;
    }
  }

  private int bestOf(List<Form> forms, ExecutableType signature) {
    // The candidate whose return shape fits is the one the user most likely meant.
    for (int i = 0; i < forms.size(); i++) {
      if (fitsPlain(forms.get(i).returns(), signature.getReturnType())) {
        return i;
      }
    }
    return 0;
  }

  private boolean fits(Form form, ExecutableType signature) {
    if (!fitsPlain(form.returns(), signature.getReturnType())) {
      return false;
    }
    for (int i = 0; i < form.parameters().size(); i++) {
      Shape shape = form.parameters().get(i);
      TypeMirror p = signature.getParameterTypes().get(i);
      if (shape.isFunction() ? functionProblem(shape, p, false) != null : !fitsPlain(shape, p)) {
        return false;
      }
    }
    return true;
  }

  /** Reports the first reason why {@code method} does not fit {@code form}. */
  private void explain(ExecutableElement method, ExecutableType signature, Form form) {
    String described = describe(method, signature);
    if (form == Form.ADD_VALUE && !isNumeric()) {
      error(method, Message.FORM_NEEDS_NUMERIC_VALUE, described, value);
      return;
    }
    for (int i = 0; i < form.parameters().size(); i++) {
      Shape shape = form.parameters().get(i);
      TypeMirror p = signature.getParameterTypes().get(i);
      if (shape.isFunction()) {
        Problem problem = functionProblem(shape, p, false);
        if (problem != null) {
          report(method, signature, i, shape, problem);
          return;
        }
      }
    }
    if (form == Form.CURSOR && !isInterface(signature.getReturnType())) {
      String k = simple(key.type().toString());
      String v = simple(value);
      error(method, Message.CURSOR_NOT_INTERFACE, described, k, v, v,
          simple(signature.getReturnType()));
      return;
    }
    String expected = signatureOf(form);
    List<String> others = Arrays.stream(Form.values())
        .filter(f -> f != form && f.methodName().equals(form.methodName()))
        .map(this::signatureOf)
        .toList();
    if (!others.isEmpty()) {
      expected += " (the other form named " + form.methodName() + ": " + String.join(", ", others) + ")";
    }
    error(method, Message.FORM_MISMATCH, described, form.methodName(), expected);
  }

  private Optional<MethodModel> build(ExecutableElement method, ExecutableType signature, Form form) {
    if (form == Form.ADD_VALUE && !isNumeric()) {
      error(method, Message.FORM_NEEDS_NUMERIC_VALUE, describe(method, signature), value);
      return Optional.empty();
    }
    Optional<FunctionCall> function = Optional.empty();
    Optional<CursorModel> cursor = Optional.empty();
    List<TypeName> params = new ArrayList<>();
    for (int i = 0; i < form.parameters().size(); i++) {
      TypeMirror p = signature.getParameterTypes().get(i);
      params.add(TypeName.get(p));
      Shape shape = form.parameters().get(i);
      if (shape.isFunction()) {
        function = Optional.of(new FunctionCall(singleAbstractMethod(p).getSimpleName().toString()));
        pending.add(new FunctionParameter(method, signature, i, shape, p));
      } else if (shape == Shape.VALUE && !noteValue(method, signature, p)) {
        return Optional.empty();
      } else if (shape == Shape.KEY && !noteKey(method, signature, p)) {
        return Optional.empty();
      }
    }
    TypeMirror returns = signature.getReturnType();
    if (form.returns() == Shape.VALUE && !noteValue(method, signature, returns)) {
      return Optional.empty();
    }
    if (form.returns() == Shape.KEY_ARRAY
        && !noteKey(method, signature, ((ArrayType) returns).getComponentType())) {
      return Optional.empty();
    }
    if (form.returns() == Shape.VALUE_ARRAY
        && !noteValue(method, signature, ((ArrayType) returns).getComponentType())) {
      return Optional.empty();
    }
    if (form.returns() == Shape.CURSOR) {
      cursor = cursor(method, signature, (DeclaredType) returns);
      if (cursor.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new MethodModel(
            method.getSimpleName().toString(),
            form,
            TypeName.get(returns),
            List.copyOf(params),
            function,
            cursor));
  }

  /** Records how the methods write the value type; all must agree. */
  private boolean noteValue(ExecutableElement method, ExecutableType signature, TypeMirror t) {
    if (isRaw(t)) {
      error(method, Message.RAW_VALUE, describe(method, signature), simple(t), simple(t));
      return false;
    }
    if (declaredValue == null) {
      declaredValue = t;
      return true;
    }
    if (types.isSameType(declaredValue, t)) {
      return true;
    }
    error(method, Message.INCONSISTENT_VALUE_TYPE, describe(method, signature), simple(t), simple(declaredValue));
    return false;
  }

  /** Records how the methods write a reference key type; all must agree, as for values. */
  private boolean noteKey(ExecutableElement method, ExecutableType signature, TypeMirror t) {
    if (!key.isReference()) {
      return true;
    }
    if (isRaw(t)) {
      error(method, Message.RAW_KEY, describe(method, signature), simple(t), simple(t));
      return false;
    }
    if (declaredKey == null) {
      declaredKey = t;
      return true;
    }
    if (types.isSameType(declaredKey, t)) {
      return true;
    }
    error(method, Message.INCONSISTENT_KEY_TYPE, describe(method, signature), simple(t), simple(declaredKey));
    return false;
  }

  private boolean fitsPlain(Shape shape, TypeMirror t) {
    return switch (shape) {
      case KEY -> isKey(t);
      case VALUE -> isValue(t);
      case INT -> t.getKind() == TypeKind.INT;
      case BOOLEAN -> t.getKind() == TypeKind.BOOLEAN;
      case VOID -> t.getKind() == TypeKind.VOID;
      case KEY_ARRAY -> t instanceof ArrayType a && isKey(a.getComponentType());
      case VALUE_ARRAY -> t instanceof ArrayType a && isValue(a.getComponentType());
      case CURSOR -> isInterface(t);
      case STATS -> t instanceof DeclaredType d
          && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(MAP_STATS);
      default -> false;
    };
  }

  /** The key type itself, or for a reference key any parameterization of its class. */
  private boolean isKey(TypeMirror t) {
    if (keyType.getKind().isPrimitive()) {
      return types.isSameType(t, keyType);
    }
    return t.getKind() != TypeKind.VOID
        && !t.getKind().isPrimitive()
        && types.isSameType(types.erasure(t), types.erasure(keyType));
  }

  private boolean isValue(TypeMirror t) {
    TypeMirror value = assumedValue != null ? assumedValue : this.value;
    if (value.getKind().isPrimitive()) {
      return types.isSameType(t, value);
    }
    return t.getKind() != TypeKind.VOID
        && !t.getKind().isPrimitive()
        && types.isSameType(types.erasure(t), types.erasure(value));
  }

  /** True for the value types addValue can add to: every primitive but boolean. */
  private boolean isNumeric() {
    return value.getKind().isPrimitive() && value.getKind() != TypeKind.BOOLEAN;
  }

  /** True for {@code List} written without the type arguments its class declares. */
  static boolean isRaw(TypeMirror t) {
    return t instanceof DeclaredType d
        && d.getTypeArguments().isEmpty()
        && !((TypeElement) d.asElement()).getTypeParameters().isEmpty();
  }

  private static boolean isInterface(TypeMirror t) {
    return t instanceof DeclaredType d && d.asElement().getKind() == ElementKind.INTERFACE;
  }

  // ---- functional parameters ----

  /** Why a functional parameter does not fit, with what the message needs. */
  private record Problem(Message message, String detail, ExecutableElement method) {
    Object[] args(String param, String where, TypeMirror type, Shape shape, FormMatcher m) {
      String p = simple(type);
      return switch (message) {
        case NOT_FUNCTIONAL -> new Object[] {param, where, m.exampleFor(shape), p, detail};
        case FUNCTION_SHAPE -> new Object[] {
          param, where, p, method.getSimpleName(), m.argumentsOf(shape), m.resultOf(shape)
        };
        case FUNCTION_THROWS -> new Object[] {param, where, p, method.getSimpleName(), detail};
        case RAW_FUNCTION -> new Object[] {param, where, p, m.exampleFor(shape)};
        default -> new Object[] {param, where, p, method.getSimpleName()};
      };
    }
  }

  /**
   * Why {@code p} cannot be the functional parameter {@code shape}, or null if it can. Loosely
   * while the forms are told apart (the value type may not be known yet, so a result is also
   * accepted by its erasure); {@code strict}ly once every method has been matched and the key and
   * value types are known, as {@link #checkFunctions} does.
   */
  private Problem functionProblem(Shape shape, TypeMirror p, boolean strict) {
    if (!(p instanceof DeclaredType declared) || declared.asElement().getKind() != ElementKind.INTERFACE) {
      String what = p instanceof DeclaredType d ? "is " + article(d.asElement()) : "is not an interface";
      return new Problem(Message.NOT_FUNCTIONAL, what, null);
    }
    List<FunctionTypes.AbstractMethod> abstracts = functions.abstractMethods(declared);
    if (abstracts.size() == 1 && isRaw(declared)) {
      return new Problem(Message.RAW_FUNCTION, null, null);
    }
    if (abstracts.size() != 1) {
      return new Problem(
          Message.NOT_FUNCTIONAL, "declares " + abstracts.size() + " abstract methods", null);
    }
    FunctionTypes.AbstractMethod method = abstracts.get(0);
    ExecutableElement sam = method.first();
    if (method.isGeneric()) {
      return new Problem(Message.FUNCTION_GENERIC_METHOD, null, sam);
    }
    DeclaredType captured = (DeclaredType) types.capture(declared);
    ExecutableType samType = functions.typeOf(captured, method);
    List<? extends TypeMirror> params = samType.getParameterTypes();
    if (params.size() != shape.arity()) {
      return new Problem(Message.FUNCTION_SHAPE, null, sam);
    }
    for (int i = 0; i < params.size(); i++) {
      TypeMirror argument = shape.argument(i).equals("K") ? keyMirror() : valueMirror();
      if (!types.isAssignable(argument, params.get(i))) {
        return new Problem(Message.FUNCTION_SHAPE, null, sam);
      }
    }
    TypeMirror result = samType.getReturnType();
    boolean resultFits = switch (shape.result()) {
      case "void" -> true;
      case "boolean" -> result.getKind() != TypeKind.VOID
          && types.isAssignable(result, types.getPrimitiveType(TypeKind.BOOLEAN));
      default -> result.getKind() != TypeKind.VOID
          && (types.isAssignable(result, valueMirror())
              || !strict && types.isAssignable(types.erasure(result), types.erasure(valueMirror())));
    };
    if (!resultFits) {
      return new Problem(Message.FUNCTION_SHAPE, null, sam);
    }
    for (TypeMirror thrown : functions.checkedThrows(captured, method)) {
      // throws X, with X a type variable or a captured wildcard: name what it stands for.
      String named = thrown instanceof TypeVariable v ? v.getUpperBound().toString() : thrown.toString();
      return new Problem(Message.FUNCTION_THROWS, named, sam);
    }
    return null;
  }

  /** "an enum", "a class", "an annotation type": what a type that is not an interface is. */
  private static String article(Element element) {
    if (element.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
        && element.getKind() == ElementKind.CLASS) {
      return "an abstract class";
    }
    String kind = element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /**
   * Checks every functional parameter again once all methods are matched, against the key and
   * value types as the methods write them: a {@code BiFunction<Long, List<Integer>, List<String>>}
   * beside {@code List<String> get(long)} is reported here, whichever method comes first.
   */
  void checkFunctions() {
    for (FunctionParameter f : pending) {
      Problem problem = functionProblem(f.shape(), f.type(), true);
      if (problem != null) {
        report(f.method(), f.signature(), f.index(), f.shape(), problem);
      }
    }
  }

  /** A functional parameter of a matched method, checked again by {@link #checkFunctions}. */
  private record FunctionParameter(
      ExecutableElement method, ExecutableType signature, int index, Shape shape, TypeMirror type) {}

  private void report(
      ExecutableElement method, ExecutableType signature, int i, Shape shape, Problem problem) {
    TypeMirror p = signature.getParameterTypes().get(i);
    Element at = methods.isOwn(method) ? method.getParameters().get(i) : type;
    String param = method.getParameters().get(i).getSimpleName().toString();
    String where = methods.where(describe(method, signature), method);
    reporter.error(at, problem.message, problem.args(param, where, p, shape, this));
  }

  private TypeMirror keyMirror() {
    return declaredKey != null ? declaredKey : keyType;
  }

  private TypeMirror valueMirror() {
    if (assumedValue != null) {
      return assumedValue;
    }
    return declaredValue != null ? declaredValue : value;
  }

  private ExecutableElement singleAbstractMethod(TypeMirror p) {
    return functions.abstractMethods((DeclaredType) p).get(0).first();
  }

  private String exampleFor(Shape shape) {
    String kb = simple(key.boxed().toString());
    String v = value.getKind().isPrimitive()
        ? simple(types.boxedClass((javax.lang.model.type.PrimitiveType) value).asType())
        : simple(valueTypeName().toString());
    return switch (shape) {
      case FN_K_TO_V -> "java.util.function.Function<" + kb + ", " + v + ">";
      case FN_KV_TO_V -> "java.util.function.BiFunction<" + kb + ", " + v + ", " + v + ">";
      case FN_VV_TO_V -> "java.util.function.BinaryOperator<" + v + ">";
      case FN_KV_TO_VOID -> "java.util.function.BiConsumer<" + kb + ", " + v + ">";
      case FN_K_TO_VOID -> switch (key.type().toString()) {
        case "int", "long", "double" -> "java.util.function." + capitalize(key.type().toString()) + "Consumer";
        default -> "java.util.function.Consumer<" + kb + ">";
      };
      case FN_V_TO_VOID -> "java.util.function.Consumer<" + v + ">";
      case FN_KV_TO_BOOLEAN -> "java.util.function.BiPredicate<" + kb + ", " + v + ">";
      default -> "a functional interface";
    };
  }

  private String argumentsOf(Shape shape) {
    String first = simple(shape.argument(0).equals("K") ? keyMirror() : valueMirror());
    if (shape.arity() == 1) {
      return "(" + first + ")";
    }
    String second = simple(shape.argument(1).equals("K") ? keyMirror() : valueMirror());
    return "(" + first + ", " + second + ")";
  }

  private String resultOf(Shape shape) {
    return switch (shape.result()) {
      case "V" -> simple(valueMirror());
      case "void" -> "anything (the result is ignored)";
      default -> shape.result();
    };
  }

  // ---- cursors ----

  private Optional<CursorModel> cursor(
      ExecutableElement method, ExecutableType signature, DeclaredType cursorType) {
    TypeElement element = (TypeElement) cursorType.asElement();
    String k = simple(key.type().toString());
    String v = simple(value);
    String where = describe(method, signature);
    Set<String> found = new LinkedHashSet<>();
    boolean ok = true;
    for (ExecutableElement m :
        functions.abstractMethods(cursorType).stream().map(FunctionTypes.AbstractMethod::first).toList()) {
      ExecutableType t = (ExecutableType) types.asMemberOf(cursorType, m);
      String name = m.getSimpleName().toString();
      List<? extends TypeMirror> ps = t.getParameterTypes();
      TypeMirror r = t.getReturnType();
      boolean fits = switch (name) {
        case "next" -> ps.isEmpty() && r.getKind() == TypeKind.BOOLEAN;
        case "key" -> ps.isEmpty() && isKey(r);
        case "value" -> ps.isEmpty() && isValue(r);
        case "setValue" -> ps.size() == 1 && isValue(ps.get(0)) && r.getKind() == TypeKind.VOID;
        case "remove" -> ps.isEmpty() && r.getKind() == TypeKind.VOID;
        default -> false;
      };
      if (!fits) {
        error(method, Message.CURSOR_METHOD, where, element.getSimpleName(), describe(m, t), k, v, v);
        ok = false;
        continue;
      }
      // The cursor writes the key and value types as the other methods must: all must agree.
      boolean agrees = switch (name) {
        case "key" -> noteKey(method, signature, r);
        case "value" -> noteValue(method, signature, r);
        case "setValue" -> noteValue(method, signature, ps.get(0));
        default -> true;
      };
      if (agrees) {
        found.add(name);
      } else {
        ok = false;
      }
    }
    for (String required : List.of("next", "key", "value")) {
      if (ok && !found.contains(required)) {
        String sig = switch (required) {
          case "next" -> "boolean next()";
          case "key" -> k + " key()";
          default -> v + " value()";
        };
        error(method, Message.CURSOR_MISSING, where, element.getSimpleName(), sig);
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new CursorModel(TypeName.get(cursorType)));
  }

  // ---- messages ----

  private void error(ExecutableElement method, Message message, Object... args) {
    methods.error(method, message, args);
  }

  private String signatureOf(Form form) {
    return form.signature(simple(keyMirror()), simple(valueMirror()));
  }

  private static String allForms() {
    return Arrays.stream(Form.values())
        .map(Form::methodName)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** {@code String put(long, String)}: a method as the user wrote it, with simple type names. */
  static String describe(ExecutableElement method, ExecutableType signature) {
    String params =
        signature.getParameterTypes().stream().map(FormMatcher::simple).collect(Collectors.joining(", "));
    return simple(signature.getReturnType()) + " " + method.getSimpleName() + "(" + params + ")";
  }

  static String simple(TypeMirror t) {
    return simple(t.toString());
  }

  static String simple(String type) {
    return type.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
