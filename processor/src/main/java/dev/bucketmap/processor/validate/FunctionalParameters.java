package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.Reporter;
import dev.bucketmap.processor.model.FunctionCall;
import dev.bucketmap.processor.model.Shape;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * The functional parameters of the forms ({@code computeIfAbsent}'s function, {@code forEach}'s
 * action, ...): whether a parameter type fits its {@link Shape}, through its function type as
 * {@link FunctionTypes} derives it, and the error on the parameter when it does not.
 */
final class FunctionalParameters {
    private final Types types;
    private final TypeElement type;
    private final FunctionTypes functions;
    private final DeclaredTypes declared;
    private final Reporter reporter;
    private final MethodReporter methods;
    /** Every functional parameter of the methods matched so far. */
    private final List<Parameter> matched = new ArrayList<>();

    FunctionalParameters(
            Types types, TypeElement type, FunctionTypes functions, DeclaredTypes declared, Reporter reporter) {
        this.types = types;
        this.type = type;
        this.functions = functions;
        this.declared = declared;
        this.reporter = reporter;
        this.methods = new MethodReporter(type, reporter);
    }

    /** A functional parameter of a matched method, checked again by {@link #checkAgain}. */
    private record Parameter(
            ExecutableElement method, ExecutableType signature, int index, Shape shape, TypeMirror type) {}

    /**
     * Why {@code p} cannot be the functional parameter {@code shape} with the key and value types of
     * {@code declared}, or null if it can. Loosely while the forms are told apart (the value type
     * may not be known yet, so a result is also accepted by its erasure); {@code strict}ly once every
     * method has been matched and the key and value types are known, as {@link #checkAgain} does.
     */
    FunctionProblem problem(Shape shape, TypeMirror p, boolean strict, DeclaredTypes declared) {
        if (!(p instanceof DeclaredType d) || d.asElement().getKind() != ElementKind.INTERFACE) {
            String what = p instanceof DeclaredType other
                    ? "is " + TypeText.article(other.asElement())
                    : "is not an interface";
            return new FunctionProblem(Message.NOT_FUNCTIONAL, what, null);
        }
        List<FunctionTypes.AbstractMethod> abstracts = functions.abstractMethods(d);
        if (abstracts.size() == 1 && DeclaredTypes.isRaw(d)) {
            return new FunctionProblem(Message.RAW_FUNCTION, null, null);
        }
        if (abstracts.size() != 1) {
            return new FunctionProblem(
                    Message.NOT_FUNCTIONAL, "declares " + abstracts.size() + " abstract methods", null);
        }
        FunctionTypes.AbstractMethod method = abstracts.get(0);
        ExecutableElement sam = method.first();
        if (method.isGeneric()) {
            return new FunctionProblem(Message.FUNCTION_GENERIC_METHOD, null, sam);
        }
        DeclaredType captured = (DeclaredType) types.capture(d);
        ExecutableType samType = functions.typeOf(captured, method);
        List<? extends TypeMirror> params = samType.getParameterTypes();
        if (params.size() != shape.arity()) {
            return new FunctionProblem(Message.FUNCTION_SHAPE, null, sam);
        }
        for (int i = 0; i < params.size(); i++) {
            if (!types.isAssignable(FunctionProblem.argument(shape, i, declared), params.get(i))) {
                return new FunctionProblem(Message.FUNCTION_SHAPE, null, sam);
            }
        }
        if (!resultFits(shape, samType.getReturnType(), strict, declared)) {
            return new FunctionProblem(Message.FUNCTION_SHAPE, null, sam);
        }
        for (TypeMirror thrown : functions.checkedThrows(captured, method)) {
            // throws X, with X a type variable or a captured wildcard: name what it stands for.
            String named = thrown instanceof TypeVariable v ? v.getUpperBound().toString() : thrown.toString();
            return new FunctionProblem(Message.FUNCTION_THROWS, named, sam);
        }
        return null;
    }

    private boolean resultFits(Shape shape, TypeMirror result, boolean strict, DeclaredTypes declared) {
        TypeMirror value = declared.value();
        return switch (shape.result()) {
            case "void" -> true;
            case "boolean" ->
                result.getKind() != TypeKind.VOID
                        && types.isAssignable(result, types.getPrimitiveType(TypeKind.BOOLEAN));
            default ->
                result.getKind() != TypeKind.VOID
                        && (types.isAssignable(result, value)
                                || !strict && types.isAssignable(types.erasure(result), types.erasure(value)));
        };
    }

    /**
     * How generated code calls the functional parameter {@code p} of a matched method, which is
     * checked again by {@link #checkAgain}.
     */
    FunctionCall matched(ExecutableElement method, ExecutableType signature, int index, Shape shape) {
        TypeMirror p = signature.getParameterTypes().get(index);
        matched.add(new Parameter(method, signature, index, shape, p));
        ExecutableElement sam =
                functions.abstractMethods((DeclaredType) p).get(0).first();
        return new FunctionCall(sam.getSimpleName().toString());
    }

    /**
     * Checks every functional parameter again once all methods are matched, against the key and
     * value types as the methods write them: a {@code BiFunction<Long, List<Integer>, List<String>>}
     * beside {@code List<String> get(long)} is reported here, whichever method comes first.
     */
    void checkAgain() {
        for (Parameter f : matched) {
            FunctionProblem problem = problem(f.shape(), f.type(), true, declared);
            if (problem != null) {
                report(f.method(), f.signature(), f.index(), f.shape(), problem);
            }
        }
    }

    /** Reports {@code problem} on parameter {@code i}, or on the interface if the method is inherited. */
    void report(ExecutableElement method, ExecutableType signature, int i, Shape shape, FunctionProblem problem) {
        TypeMirror p = signature.getParameterTypes().get(i);
        Element at = methods.isOwn(method) ? method.getParameters().get(i) : type;
        String param = method.getParameters().get(i).getSimpleName().toString();
        String where = methods.where(TypeText.describe(method, signature), method);
        reporter.error(at, problem.message(), problem.args(param, where, p, shape, declared));
    }
}
