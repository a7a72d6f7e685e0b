package dev.bucketmap.processor.model;

/** The type a form expects in one position: the key, the value, a function of them, and so on. */
public enum Shape {
    KEY,
    VALUE,
    INT,
    BOOLEAN,
    VOID,
    KEY_ARRAY,
    VALUE_ARRAY,
    CURSOR,
    STATS,
    FN_K_TO_V(1, "K", null, "V"),
    FN_KV_TO_V(2, "K", "V", "V"),
    FN_VV_TO_V(2, "V", "V", "V"),
    FN_KV_TO_VOID(2, "K", "V", "void"),
    FN_K_TO_VOID(1, "K", null, "void"),
    FN_V_TO_VOID(1, "V", null, "void"),
    FN_KV_TO_BOOLEAN(2, "K", "V", "boolean"),
    FN_K_TO_BOOLEAN(1, "K", null, "boolean");

    private final int arity;
    private final String first;
    private final String second;
    private final String result;

    Shape() {
        this(-1, null, null, null);
    }

    Shape(int arity, String first, String second, String result) {
        this.arity = arity;
        this.first = first;
        this.second = second;
        this.result = result;
    }

    /** True for the shapes that take a functional interface. */
    public boolean isFunction() {
        return arity > 0;
    }

    public int arity() {
        return arity;
    }

    /** "K" or "V": what the function's argument {@code i} receives. */
    public String argument(int i) {
        return i == 0 ? first : second;
    }

    /** "K", "V", "void" or "boolean": what the function must return. */
    public String result() {
        return result;
    }

    /** The shape written with the map's types, for messages. */
    public String describe(String key, String value) {
        return switch (this) {
            case KEY -> key;
            case VALUE -> value;
            case INT -> "int";
            case BOOLEAN -> "boolean";
            case VOID -> "void";
            case KEY_ARRAY -> key + "[]";
            case VALUE_ARRAY -> value + "[]";
            case CURSOR -> "Cursor";
            case STATS -> "MapStats";
            default -> {
                String args = sub(first, key, value) + (second == null ? "" : "," + sub(second, key, value));
                yield "fn(" + args + ")->" + sub(result, key, value);
            }
        };
    }

    private static String sub(String s, String key, String value) {
        return switch (s) {
            case "K" -> key;
            case "V" -> value;
            default -> s;
        };
    }
}
