package dev.bucketmap.processor;

/**
 * Every diagnostic the processor can print, in one place. Each text states the rule that was
 * broken and how to fix it; {@code %s} arguments name what was found.
 */
public enum Message {
    NOT_AN_INTERFACE("%s must annotate an interface, but %s is %s; declare an interface with the %s"
            + " methods you need and let bucketmap implement it"),
    GENERIC_INTERFACE("%s interface %s must not declare type parameters; %s"),
    PRIVATE_INTERFACE("%s interface %s must not be private: the generated class %s in the same"
            + " package must be able to implement it"),
    SEALED_INTERFACE("%s interface %s is sealed, so it must permit the generated class: add %s to its"
            + " permits clause, or remove sealed"),
    ENCLOSED_PRIVATE("%s interface %s is nested in %s, which is private; make the enclosing type"
            + " accessible from its package"),
    INACCESSIBLE_TYPE("%s: %s is %s, so the generated class %s (a top-level class in the same package) cannot"
            + " name it; make it package-private or public"),
    RUNTIME_MISSING("the generated class %s needs the bucketmap runtime (dev.bucketmap:bucketmap-runtime),"
            + " which is not on the compile class path; add it as a dependency"),
    GENERATED_NAME_TAKEN("%s interface %s is implemented by the generated class %s, but %s already declares"
            + " a type of that name; rename or remove that type"),
    GENERATED_NAME_TWICE(
            "%s interfaces %s and %s would both be implemented by the generated class %s;" + " rename one of them"),
    KEY_KIND_UNSUPPORTED("@BucketMap key type %s is not supported; supported key types: " + Message.KEY_KINDS),
    KEY_BOOLEAN("@BucketMap key type boolean is not supported: a map with two possible keys is best written"
            + " as a two-slot array; supported key types: " + Message.KEY_KINDS),
    KEY_ARRAY("@BucketMap key type %s is an array; arrays compare by identity, not by content, so they"
            + " make poor keys; wrap the array in a record with equals/hashCode, or use a List;"
            + " supported key types: " + Message.KEY_KINDS),
    KEY_WRAPPER("@BucketMap key type %s is a primitive wrapper; use the primitive %s.class instead"
            + " (keys are stored unboxed)"),
    VALUE_WRAPPER("@BucketMap value type %s is a primitive wrapper, but the value is written as %s in: %s;"
            + " write value = %s.class to store unboxed %s values, or write %s in those methods"),
    VALUE_VOID("@BucketMap value type void is not supported; use one of the eight primitive types or a"
            + " reference type (for a set of keys, use boolean or a small marker value)"),
    DEFAULT_VALUE_TYPE(
            "%s: a defaultValue() method gives the absent value of a map with %s values, so it must" + " return %s"),
    DEFAULT_VALUE_ABSTRACT("%s: defaultValue() gives the absent value of a map with %s values, so it must be a"
            + " default method: default %s defaultValue() { return ...; }"),
    DEFAULT_VALUE_FOR_REFERENCE(
            "%s: defaultValue() only applies to maps with primitive values; the absent value of a map"
                    + " with %s values is always null; remove it, or use getOrDefault(key, dflt)"),
    VALUE_NOT_A_CLASS("@BucketMap value type %s is not a class, interface, record, enum or array"),
    UNKNOWN_METHOD("abstract method %s matches no @BucketMap method form; bucketmap can implement: %s"),
    UNKNOWN_METHOD_SIMILAR(
            "abstract method %s matches no @BucketMap method form; did you mean %s? bucketmap can" + " implement: %s"),
    FORM_MISMATCH("%s does not match the @BucketMap form %s; expected: %s"),
    FORM_NEEDS_NUMERIC_VALUE("%s: addValue needs a numeric value type (byte, short, char, int, long, float, double),"
            + " but the value type is %s; use merge(key, value, fn) instead"),
    METHOD_THROWS("%s declares the checked exception %s; bucketmap's methods never throw checked exceptions,"
            + " so remove it from the throws clause"),
    ERASURE_CLASH("%s and %s have the same erasure %s, so the generated class cannot implement both; remove"
            + " one or change its parameter types"),
    DEFAULT_METHOD_CLASH(
            "default method %s clashes with %s, which the generated class %s declares; rename the" + " default method"),
    RAW_VALUE("%s writes the value type as the raw type %s; give it type arguments, such as %s<?>"
            + " (bucketmap generates code that compiles without warnings)"),
    RAW_KEY("%s writes the key type as the raw type %s; give it type arguments, such as %s<?>"
            + " (bucketmap generates code that compiles without warnings)"),
    GENERIC_METHOD("%s must not declare type parameters; write it with the map's key and value types"),
    NOT_FUNCTIONAL("parameter %s of %s must be a functional interface (one abstract method) like %s, but %s" + " %s"),
    RAW_FUNCTION("parameter %s of %s has the raw type %s; give it type arguments, like %s"),
    FUNCTION_SHAPE(
            "parameter %s of %s has type %s, whose method %s does not fit: it must accept %s and" + " return %s"),
    FUNCTION_THROWS("parameter %s of %s has type %s, whose method %s declares the checked exception %s;"
            + " bucketmap cannot pass checked exceptions through; use a function without throws"),
    FUNCTION_GENERIC_METHOD(
            "parameter %s of %s has type %s, whose method %s is generic; use a non-generic functional" + " interface"),
    CURSOR_NOT_INTERFACE("%s: cursor() must return an interface declaring boolean next(), %s key(), %s value() and"
            + " optionally void setValue(%s) and void remove(), but returns %s"),
    CURSOR_METHOD("%s: the cursor interface %s declares %s, which is not one of boolean next(), %s key(),"
            + " %s value(), void setValue(%s), void remove()"),
    CURSOR_MISSING("%s: the cursor interface %s must declare %s"),
    INHERITED("%s (inherited from %s)"),
    INCONSISTENT_VALUE_TYPE("%s uses the value type %s, but another method uses %s; use one value type throughout"),
    INCONSISTENT_KEY_TYPE("%s uses the key type %s, but another method uses %s; use one key type throughout"),
    WRITE_FAILED("could not write the generated class %s: %s"),
    PROCESSOR_FAILED("bucketmap processor failed on this interface; please report it with this trace: %s"),
    MAP_RAW("@BucketMap interface %s extends the raw type java.util.Map%s; write %s, with the"
            + " annotation's key and value types boxed"),
    MAP_KEY_MISMATCH("@BucketMap interface %s extends %s%s, whose key type %s does not match"
            + " @BucketMap(key = %s.class); write %s"),
    MAP_VALUE_MISMATCH("@BucketMap interface %s extends %s%s, whose value type %s does not match"
            + " @BucketMap(value = %s.class); write %s"),
    MAP_METHOD_RETURN("%s redeclares java.util.Map's %s with another return type; bucketmap implements Map's"
            + " methods as Map declares them: return %s, or remove the declaration"),
    ELEMENT_BOOLEAN("@BucketSet element type boolean is not supported: a set of two possible elements is best"
            + " written as two booleans or an EnumSet; supported element types: " + Message.KEY_KINDS),
    ELEMENT_WRAPPER("@BucketSet element type %s is a primitive wrapper; use the primitive %s.class instead"
            + " (elements are stored unboxed)"),
    ELEMENT_ARRAY("@BucketSet element type %s is an array; arrays compare by identity, not by content, so they"
            + " make poor elements; wrap the array in a record with equals/hashCode, or use a List;"
            + " supported element types: " + Message.KEY_KINDS),
    ELEMENT_KIND_UNSUPPORTED(
            "@BucketSet element type %s is not supported; supported element types: " + Message.KEY_KINDS),
    SET_UNKNOWN_METHOD("abstract method %s matches no @BucketSet method form; a set can implement: %s"),
    SET_MAP_FORM("abstract method %s is a @BucketMap form, but a set has elements, not keys and values;"
            + " %sa set can implement: %s"),
    SET_FORM_MISMATCH("%s does not match the @BucketSet form %s; expected: %s"),
    SET_CURSOR("%s: a set's cursor() must return an interface declaring boolean next() and %s element(), and"
            + " optionally void remove(), but %s"),
    SET_INTEROP_NOT_SUPPORTED("@BucketSet interface %s extends %s, but bucketmap does not implement"
            + " java.util.Set for sets yet; remove the extends clause and declare the set forms you need"
            + " (add, contains, remove, forEach, elements, cursor, ...)"),
    BOTH_ANNOTATIONS("%s is annotated with both @BucketMap and @BucketSet, but a type is either a map or a set;"
            + " remove one of the annotations"),
    ;

    private static final String KEY_KINDS =
            "byte, short, char, int, long, float, double, or any class, interface, record or enum";

    private final String format;

    Message(String format) {
        this.format = format;
    }

    /** The text of this diagnostic with its arguments filled in. */
    public String format(Object... args) {
        return String.format(format, args);
    }
}
