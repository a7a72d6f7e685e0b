package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import dev.bucketmap.processor.model.MapMethod;
import dev.bucketmap.processor.model.MapModel;

/**
 * The Javadoc of each generated {@code java.util.Map} method: {@code HashMap}'s semantics on
 * boxes, with what this map's kinds add: a primitive kind holds no {@code null}, and traversals
 * visit in a random order. Kept apart from {@link MapMethodsGenerator}, which writes the bodies,
 * so that each file has one job.
 *
 * <pre>
 * /**
 *  * Maps {&#64;code key} to {&#64;code value}; returns the previous value, or {&#64;code null} if absent.
 *  *
 *  * &#64;param key the key
 *  * &#64;param value the value
 *  * &#64;return the previous value, or {&#64;code null}
 *  * &#64;throws NullPointerException if {&#64;code key} is {&#64;code null}: this map's keys are primitive; ...
 *  * &#64;throws ConcurrentModificationException if another write to this map is in progress: ...
 *  *&#47;
 * </pre>
 */
final class MapMethodDocs {
    private MapMethodDocs() {}

    /** The Javadoc of {@code m}, whose parameters {@code spec} declares, for this map's kinds. */
    static CodeBlock of(MapModel model, MapMethod m, MethodSpec spec) {
        boolean primitiveKey = !model.key().isReference();
        boolean primitiveValue = !model.value().isReference();
        String random = "in a random order, a new one on every traversal (never depend on it)";
        String refused = primitiveKey && primitiveValue
                ? "{@code key} or {@code value} is {@code null}"
                : primitiveKey ? "{@code key} is {@code null}" : "{@code value} is {@code null}";
        String keyRefused = "{@code key} is {@code null}: this map's keys are primitive";
        String summary = switch (m) {
            case SIZE -> "Returns the number of entries.";
            case IS_EMPTY -> "Tells whether the map has no entries.";
            case CONTAINS_KEY ->
                "Tells whether {@code key} is present; {@code false} for a key that cannot be"
                        + " one of this map's (another type" + (primitiveKey ? ", or {@code null}" : "") + ").";
            case CONTAINS_VALUE -> "Tells whether some key maps to {@code value}; walks the whole map.";
            case GET ->
                "Returns the value of {@code key}, or {@code null} if it is absent"
                        + (primitiveValue
                                ? " (as in {@code java.util.Map}, not this map's primitive absent value)"
                                : "")
                        + ".";
            case GET_OR_DEFAULT -> "Returns the value of {@code key}, or {@code defaultValue} if it is absent.";
            case PUT -> "Maps {@code key} to {@code value}; returns the previous value, or {@code null} if absent.";
            case PUT_ALL ->
                "Puts every mapping of {@code map}"
                        + (primitiveKey || primitiveValue
                                ? ", after checking that none holds a {@code null} this map refuses"
                                : "")
                        + ".";
            case PUT_IF_ABSENT ->
                "Maps {@code key} to {@code value} if the key is absent"
                        + (primitiveValue ? "" : " or maps to {@code null}")
                        + "; returns the value before, or {@code null}.";
            case REMOVE -> "Removes {@code key}; returns its value, or {@code null} if it was absent.";
            case REMOVE_ENTRY -> "Removes {@code key} only if it maps to {@code value}.";
            case REPLACE ->
                "Sets the value of {@code key} only if it is present; returns the previous value, or"
                        + " {@code null}.";
            case REPLACE_ENTRY ->
                "Sets the value of {@code key} to {@code newValue} only if it maps to {@code oldValue}.";
            case COMPUTE_IF_ABSENT ->
                "If {@code key} is absent" + (primitiveValue ? "" : " or maps to {@code null}")
                        + ", stores the function's value for it; a {@code null} result stores nothing.";
            case COMPUTE_IF_PRESENT ->
                "If {@code key} is present" + (primitiveValue ? "" : " with a non-null value")
                        + ", replaces its value by the function's result; a {@code null} result removes it.";
            case COMPUTE ->
                "Sets the value of {@code key} to the function's result on the key and its value"
                        + " ({@code null} if absent); a {@code null} result removes it.";
            case MERGE ->
                "Stores {@code value} for an absent key" + (primitiveValue ? "" : " (or one mapped to {@code null})")
                        + ", else the function's result on the present value and {@code value}; a {@code null} result"
                        + " removes the key.";
            case FOR_EACH -> "Calls {@code action} on every entry, " + random + ".";
            case REPLACE_ALL -> "Replaces every value by the function's result on its entry, " + random + ".";
            case CLEAR -> "Removes every entry, keeps the table's size, and draws a new hash seed.";
            case KEY_SET ->
                "Returns a live view of the keys: removals through it write through to the map, and its"
                        + " iterators visit " + random + " and fail fast.";
            case VALUES ->
                "Returns a live view of the values: removals through it write through to the map, and its"
                        + " iterators visit " + random + " and fail fast.";
            case ENTRY_SET ->
                "Returns a live view of the entries: removals and {@code setValue} write through to the"
                        + " map, and its iterators visit " + random + " and fail fast.";
        };
        Doc doc = Doc.of(summary);
        for (ParameterSpec p : spec.parameters()) {
            doc.param(
                    p.name(),
                    switch (p.name()) {
                        case "key" -> "the key";
                        case "value" ->
                            m == MapMethod.MERGE ? "the value to store, or to merge with the present one" : "the value";
                        case "defaultValue" -> "what to return for an absent key";
                        case "oldValue" -> "the value the key must have";
                        case "newValue" -> "the value to set";
                        case "map" -> "the mappings to put";
                        case "action" -> "receives each key and its value";
                        default -> "the function; it must not write to this map";
                    });
        }
        switch (m) {
            case SIZE -> doc.returns("the number of entries");
            case IS_EMPTY -> doc.returns("true if it has none");
            case CONTAINS_KEY -> doc.returns("true if the map holds {@code key}");
            case CONTAINS_VALUE -> doc.returns("true if some key maps to {@code value}");
            case GET -> doc.returns("the value, or {@code null}");
            case GET_OR_DEFAULT -> doc.returns("the value, or {@code defaultValue}");
            case PUT, REPLACE -> doc.returns("the previous value, or {@code null}");
            case PUT_IF_ABSENT -> doc.returns("the value before the call, or {@code null}");
            case REMOVE -> doc.returns("the removed value, or {@code null}");
            case REMOVE_ENTRY -> doc.returns("true if the entry was removed");
            case REPLACE_ENTRY -> doc.returns("true if the value was replaced");
            case COMPUTE_IF_ABSENT -> doc.returns("the value of {@code key} after the call, or {@code null}");
            case COMPUTE_IF_PRESENT, COMPUTE, MERGE -> doc.returns("the new value, or {@code null} if none");
            case KEY_SET -> doc.returns("the keys, a live view");
            case VALUES -> doc.returns("the values, a live view");
            case ENTRY_SET -> doc.returns("the entries, a live view");
            default -> {}
        }
        switch (m) {
            case PUT, PUT_IF_ABSENT, REPLACE -> {
                if (primitiveKey || primitiveValue) {
                    doc.throwing(
                            "NullPointerException",
                            "if " + refused + ": this map's "
                                    + (primitiveKey && primitiveValue
                                            ? "keys and values are"
                                            : primitiveKey ? "keys are" : "values are")
                                    + " primitive; the map is unchanged");
                }
            }
            case REPLACE_ENTRY -> {
                if (primitiveKey || primitiveValue) {
                    doc.throwing(
                            "NullPointerException",
                            "if " + (primitiveKey ? "{@code key} " : "")
                                    + (primitiveKey && primitiveValue ? "or " : "")
                                    + (primitiveValue ? "{@code newValue} " : "")
                                    + "is {@code null} where this map's kinds are primitive (a {@code null oldValue} of a primitive"
                                    + " value matches nothing); the map is unchanged");
                }
            }
            case PUT_ALL -> {
                if (primitiveKey || primitiveValue) {
                    doc.throwing(
                            "NullPointerException",
                            "if a key or value of {@code map} is {@code null} where this"
                                    + " map's kinds are primitive; then nothing is put");
                }
            }
            case COMPUTE_IF_ABSENT, COMPUTE_IF_PRESENT, COMPUTE, REPLACE_ALL ->
                doc.throwing(
                        "NullPointerException",
                        "if the function is {@code null}" + (primitiveKey ? ", or " + keyRefused : ""));
            case MERGE ->
                doc.throwing(
                        "NullPointerException",
                        "if {@code value} or the function is {@code null}"
                                + (primitiveKey ? ", or " + keyRefused : ""));
            case FOR_EACH -> doc.throwing("NullPointerException", "if {@code action} is {@code null}");
            default -> {}
        }
        switch (m) {
            case PUT,
                    PUT_ALL,
                    PUT_IF_ABSENT,
                    REMOVE,
                    REMOVE_ENTRY,
                    REPLACE,
                    REPLACE_ENTRY,
                    COMPUTE_IF_ABSENT,
                    COMPUTE_IF_PRESENT,
                    COMPUTE,
                    MERGE,
                    CLEAR -> doc.concurrentWrite();
            case FOR_EACH -> doc.throwing("ConcurrentModificationException", "if {@code action} changes the map");
            case REPLACE_ALL -> doc.throwing("ConcurrentModificationException", "if the function changes the map");
            default -> {}
        }
        return doc.build();
    }
}
