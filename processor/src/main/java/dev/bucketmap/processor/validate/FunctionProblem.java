package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.Message;
import dev.bucketmap.processor.model.Shape;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Why a functional parameter does not fit its shape, with what the message needs: {@code detail}
 * for {@link Message#NOT_FUNCTIONAL} ("declares 2 abstract methods") and {@link
 * Message#FUNCTION_THROWS} (the exception), {@code method} the single abstract method when there
 * is one.
 */
record FunctionProblem(Message message, String detail, ExecutableElement method) {

    /** The message's arguments for parameter {@code param} of the method described {@code where}. */
    Object[] args(String param, String where, TypeMirror type, Shape shape, DeclaredTypes declared) {
        String p = TypeText.simple(type);
        return switch (message) {
            case NOT_FUNCTIONAL -> new Object[] {param, where, exampleFor(shape, declared), p, detail};
            case FUNCTION_SHAPE ->
                new Object[] {
                    param, where, p, method.getSimpleName(), argumentsOf(shape, declared), resultOf(shape, declared)
                };
            case FUNCTION_THROWS -> new Object[] {param, where, p, method.getSimpleName(), detail};
            case RAW_FUNCTION -> new Object[] {param, where, p, exampleFor(shape, declared)};
            default -> new Object[] {param, where, p, method.getSimpleName()};
        };
    }

    /** A {@code java.util.function} type that fits {@code shape}, for a map of these types. */
    private static String exampleFor(Shape shape, DeclaredTypes declared) {
        String kb = TypeText.simple(declared.annotatedKey().boxed().toString());
        String v = declared.valueIsPrimitive()
                ? TypeText.simple(declared.valueBox())
                : TypeText.simple(declared.valueTypeName().toString());
        String key = declared.annotatedKey().type().toString();
        return switch (shape) {
            case FN_K_TO_V -> "java.util.function.Function<" + kb + ", " + v + ">";
            case FN_KV_TO_V -> "java.util.function.BiFunction<" + kb + ", " + v + ", " + v + ">";
            case FN_VV_TO_V -> "java.util.function.BinaryOperator<" + v + ">";
            case FN_KV_TO_VOID -> "java.util.function.BiConsumer<" + kb + ", " + v + ">";
            case FN_K_TO_VOID ->
                switch (key) {
                    case "int", "long", "double" -> "java.util.function." + capitalize(key) + "Consumer";
                    default -> "java.util.function.Consumer<" + kb + ">";
                };
            case FN_V_TO_VOID -> "java.util.function.Consumer<" + v + ">";
            case FN_KV_TO_BOOLEAN -> "java.util.function.BiPredicate<" + kb + ", " + v + ">";
            default -> "a functional interface";
        };
    }

    /** {@code (long, String)}: what the function of {@code shape} must accept. */
    private static String argumentsOf(Shape shape, DeclaredTypes declared) {
        String first = TypeText.simple(argument(shape, 0, declared));
        if (shape.arity() == 1) {
            return "(" + first + ")";
        }
        return "(" + first + ", " + TypeText.simple(argument(shape, 1, declared)) + ")";
    }

    /** The key or value type, whichever argument {@code i} of {@code shape} receives. */
    static TypeMirror argument(Shape shape, int i, DeclaredTypes declared) {
        return shape.argument(i).equals("K") ? declared.key() : declared.value();
    }

    private static String resultOf(Shape shape, DeclaredTypes declared) {
        return switch (shape.result()) {
            case "V" -> TypeText.simple(declared.value());
            case "void" -> "anything (the result is ignored)";
            default -> shape.result();
        };
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
