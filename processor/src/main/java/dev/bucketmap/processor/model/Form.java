package dev.bucketmap.processor.model;

import static dev.bucketmap.processor.model.Shape.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The method forms of CONTRACT.md: a name, a return shape and parameter shapes. An abstract
 * method of an annotated interface is implemented when it matches exactly one form of its kind of
 * collection ({@link #of}): a map's forms, or a set's, where {@code KEY} is the element. The size,
 * emptiness, clear and stats forms are both.
 */
public enum Form {
    GET("get", VALUE, KEY),
    GET_OR_DEFAULT("getOrDefault", VALUE, KEY, VALUE),
    CONTAINS_KEY("containsKey", BOOLEAN, KEY),
    CONTAINS_VALUE("containsValue", BOOLEAN, VALUE),
    SIZE("size", INT),
    IS_EMPTY("isEmpty", BOOLEAN),
    CLEAR("clear", VOID),
    PUT("put", VALUE, KEY, VALUE),
    PUT_IF_ABSENT("putIfAbsent", VALUE, KEY, VALUE),
    REMOVE("remove", VALUE, KEY),
    REMOVE_ENTRY("remove", BOOLEAN, KEY, VALUE),
    REPLACE("replace", VALUE, KEY, VALUE),
    REPLACE_ENTRY("replace", BOOLEAN, KEY, VALUE, VALUE),
    COMPUTE_IF_ABSENT("computeIfAbsent", VALUE, KEY, FN_K_TO_V),
    COMPUTE_IF_PRESENT("computeIfPresent", VALUE, KEY, FN_KV_TO_V),
    COMPUTE("compute", VALUE, KEY, FN_KV_TO_V),
    MERGE("merge", VALUE, KEY, VALUE, FN_VV_TO_V),
    ADD_VALUE("addValue", VALUE, KEY, VALUE),
    FOR_EACH("forEach", VOID, FN_KV_TO_VOID),
    FOR_EACH_KEY("forEachKey", VOID, FN_K_TO_VOID),
    FOR_EACH_VALUE("forEachValue", VOID, FN_V_TO_VOID),
    REMOVE_IF("removeIf", BOOLEAN, FN_KV_TO_BOOLEAN),
    KEYS("keys", KEY_ARRAY),
    VALUES("values", VALUE_ARRAY),
    CURSOR("cursor", Shape.CURSOR),
    ADD("add", BOOLEAN, KEY),
    CONTAINS("contains", BOOLEAN, KEY),
    REMOVE_ELEMENT("remove", BOOLEAN, KEY),
    FOR_EACH_ELEMENT("forEach", VOID, FN_K_TO_VOID),
    REMOVE_IF_ELEMENT("removeIf", BOOLEAN, FN_K_TO_BOOLEAN),
    ELEMENTS("elements", KEY_ARRAY),
    ELEMENT_CURSOR("cursor", Shape.CURSOR),
    STATS("stats", Shape.STATS);

    private static final EnumSet<Form> SET_ONLY =
            EnumSet.of(ADD, CONTAINS, REMOVE_ELEMENT, FOR_EACH_ELEMENT, REMOVE_IF_ELEMENT, ELEMENTS, ELEMENT_CURSOR);
    private static final EnumSet<Form> BOTH = EnumSet.of(SIZE, IS_EMPTY, CLEAR, STATS);

    private final String methodName;
    private final Shape returns;
    private final List<Shape> parameters;

    Form(String methodName, Shape returns, Shape... parameters) {
        this.methodName = methodName;
        this.returns = returns;
        this.parameters = List.of(parameters);
    }

    /** The forms of a set ({@code set}) or of a map, in declaration order. */
    public static List<Form> of(boolean set) {
        return Arrays.stream(values())
                .filter(f -> BOTH.contains(f) || SET_ONLY.contains(f) == set)
                .toList();
    }

    public String methodName() {
        return methodName;
    }

    public Shape returns() {
        return returns;
    }

    public List<Shape> parameters() {
        return parameters;
    }

    /** The parameter names the generated method uses (never the user's, so nothing can clash). */
    public List<String> parameterNames() {
        return switch (this) {
            case GET, CONTAINS_KEY, REMOVE -> List.of("key");
            case ADD, CONTAINS, REMOVE_ELEMENT -> List.of("element");
            case GET_OR_DEFAULT -> List.of("key", "defaultValue");
            case CONTAINS_VALUE -> List.of("value");
            case PUT, PUT_IF_ABSENT, REMOVE_ENTRY, REPLACE, ADD_VALUE -> List.of("key", "value");
            case REPLACE_ENTRY -> List.of("key", "oldValue", "newValue");
            case COMPUTE_IF_ABSENT, COMPUTE_IF_PRESENT, COMPUTE -> List.of("key", "function");
            case MERGE -> List.of("key", "value", "function");
            case FOR_EACH, FOR_EACH_KEY, FOR_EACH_VALUE, FOR_EACH_ELEMENT -> List.of("action");
            case REMOVE_IF, REMOVE_IF_ELEMENT -> List.of("filter");
            default -> List.of();
        };
    }

    /** The form as a Java signature with the map's types, for messages: {@code V put(K key, V value)}. */
    public String signature(String key, String value) {
        StringBuilder sb = new StringBuilder(returns.describe(key, value)).append(' ');
        sb.append(methodName).append('(');
        List<String> names = parameterNames();
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(parameters.get(i).describe(key, value)).append(' ').append(names.get(i));
        }
        return sb.append(')').toString();
    }
}
