package dev.bucketmap.processor.model;

/**
 * The methods of {@code java.util.Map} that a generated map implements with {@code Map}'s own
 * semantics over boxed keys and values, when its interface extends {@code Map}. A name and an
 * arity tell each apart. {@code equals}, {@code hashCode} and {@code toString} are not here:
 * every generated map has them.
 */
public enum MapMethod {
    SIZE("size", 0),
    IS_EMPTY("isEmpty", 0),
    CONTAINS_KEY("containsKey", 1),
    CONTAINS_VALUE("containsValue", 1),
    GET("get", 1),
    GET_OR_DEFAULT("getOrDefault", 2),
    PUT("put", 2),
    PUT_ALL("putAll", 1),
    PUT_IF_ABSENT("putIfAbsent", 2),
    REMOVE("remove", 1),
    REMOVE_ENTRY("remove", 2),
    REPLACE("replace", 2),
    REPLACE_ENTRY("replace", 3),
    COMPUTE_IF_ABSENT("computeIfAbsent", 2),
    COMPUTE_IF_PRESENT("computeIfPresent", 2),
    COMPUTE("compute", 2),
    MERGE("merge", 3),
    FOR_EACH("forEach", 1),
    REPLACE_ALL("replaceAll", 1),
    CLEAR("clear", 0),
    KEY_SET("keySet", 0),
    VALUES("values", 0),
    ENTRY_SET("entrySet", 0);

    private final String methodName;
    private final int arity;

    MapMethod(String methodName, int arity) {
        this.methodName = methodName;
        this.arity = arity;
    }

    public String methodName() {
        return methodName;
    }

    /** The method of {@code Map} with this name and arity, or null. */
    public static MapMethod of(String name, int arity) {
        for (MapMethod m : values()) {
            if (m.methodName.equals(name) && m.arity == arity) {
                return m;
            }
        }
        return null;
    }
}
