package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.MethodModel;

/**
 * The Javadoc of each form's generated method, for this map's kinds: what absent is here (zero,
 * {@code defaultValue()} or {@code null}), whether a {@code null} result removes, that traversals
 * visit in a random order. Kept apart from {@link FormGenerator}, which writes the bodies, so that
 * each file has one job.
 *
 * <pre>
 * /**
 *  * Returns the value of {&#64;code key}, or {&#64;code 0} if it is absent.
 *  *
 *  * &#64;param key the key
 *  * &#64;return the value, or {&#64;code 0}
 *  *&#47;
 * </pre>
 */
final class FormDocs {
    private FormDocs() {}

    /** The Javadoc of {@code method}'s form, for this map's kinds. */
    static CodeBlock of(MapModel model, MethodModel method) {
        boolean ref = model.value().isReference();
        String absent = Doc.absent(model);
        String key = Doc.key(model);
        String value = Doc.value(model);
        String random = "in a random order, a new one on every call (never depend on it)";
        String nullRemoves = ref
                ? " A {@code null} result removes the key (or inserts nothing)."
                : " Every result is stored (a primitive value has no {@code null}).";
        String traversalCme = "if {@code %s} changes the map other than through this call";
        return switch (method.form()) {
            case GET ->
                Doc.of("Returns the value of {@code key}, or " + absent + " if it is absent.")
                        .param("key", key)
                        .returns("the value, or " + absent)
                        .build();
            case GET_OR_DEFAULT ->
                Doc.of("Returns the value of {@code key}, or {@code defaultValue} if it is absent.")
                        .param("key", key)
                        .param("defaultValue", "what to return for an absent key")
                        .returns("the value, or {@code defaultValue}")
                        .build();
            case CONTAINS_KEY ->
                Doc.of("Tells whether {@code key} is present.")
                        .param("key", key)
                        .returns("true if the map holds {@code key}")
                        .build();
            case CONTAINS_VALUE ->
                Doc.of("Tells whether some key has the value {@code value}; walks the whole map.")
                        .param("value", value)
                        .returns("true if some key maps to {@code value}")
                        .build();
            case SIZE ->
                Doc.of("Returns the number of entries.")
                        .returns("the number of entries")
                        .build();
            case IS_EMPTY ->
                Doc.of("Tells whether the map has no entries.")
                        .returns("true if it has none")
                        .build();
            case CLEAR ->
                Doc.of("Removes every entry, keeps the table's size, and draws a new hash seed.")
                        .concurrentWrite()
                        .build();
            case PUT ->
                Doc.of("Maps {@code key} to {@code value}, returning the previous value, or " + absent
                                + " if the key was absent.")
                        .param("key", key)
                        .param("value", value)
                        .returns("the previous value, or " + absent)
                        .concurrentWrite()
                        .build();
            case PUT_IF_ABSENT ->
                Doc.of((ref
                                        ? "Maps {@code key} to {@code value} if the key is absent or maps to {@code null}"
                                        : "Maps {@code key} to {@code value} if the key is absent")
                                + "; returns the current value, or " + absent + " if there was none.")
                        .param("key", key)
                        .param("value", value)
                        .returns("the value before the call, or " + absent)
                        .concurrentWrite()
                        .build();
            case REMOVE ->
                Doc.of("Removes {@code key}, returning its value, or " + absent + " if it was absent.")
                        .param("key", key)
                        .returns("the removed value, or " + absent)
                        .concurrentWrite()
                        .build();
            case REMOVE_ENTRY ->
                Doc.of("Removes {@code key} only if it maps to {@code value}.")
                        .param("key", key)
                        .param("value", value)
                        .returns("true if the entry was removed")
                        .concurrentWrite()
                        .build();
            case REPLACE ->
                Doc.of("Sets the value of {@code key} only if it is present; returns the previous value," + " or "
                                + absent + " if absent (nothing changes then).")
                        .param("key", key)
                        .param("value", value)
                        .returns("the previous value, or " + absent)
                        .concurrentWrite()
                        .build();
            case REPLACE_ENTRY ->
                Doc.of("Sets the value of {@code key} to {@code newValue} only if it maps to {@code oldValue}.")
                        .param("key", key)
                        .param("oldValue", "the value the key must have")
                        .param("newValue", "the value to set")
                        .returns("true if the value was replaced")
                        .concurrentWrite()
                        .build();
            case COMPUTE_IF_ABSENT ->
                Doc.of((ref
                                        ? "If {@code key} is absent (or maps to {@code null}), stores and returns {@code function}'s"
                                                + " value for it; a {@code null} result inserts nothing."
                                        : "If {@code key} is absent, stores and returns {@code function}'s value for it.")
                                + " Else returns the present value.")
                        .param("key", key)
                        .param("function", "computes the value of an absent key; it must not write to this map")
                        .returns("the value of {@code key} after the call" + (ref ? ", or {@code null}" : ""))
                        .concurrentWrite()
                        .build();
            case COMPUTE_IF_PRESENT ->
                Doc.of("If {@code key} is present" + (ref ? " with a non-null value" : "")
                                + ", replaces its value by {@code function}'s result."
                                + (ref ? " A {@code null} result removes it." : "")
                                + " Else returns " + absent + " and changes nothing.")
                        .param("key", key)
                        .param(
                                "function",
                                "computes the new value from the key and its value;" + " it must not write to this map")
                        .returns("the new value, or " + absent)
                        .concurrentWrite()
                        .build();
            case COMPUTE ->
                Doc.of("Sets the value of {@code key} to {@code function}'s result on the key and its current"
                                + " value (" + absent + " if absent)." + nullRemoves)
                        .param("key", key)
                        .param("function", "computes the new value; it must not write to this map")
                        .returns("the new value")
                        .concurrentWrite()
                        .build();
            case MERGE ->
                Doc.of("Stores {@code value} for an absent key" + (ref ? " (or one mapped to {@code null})" : "")
                                + ", else {@code function}'s result on the present value and {@code value}."
                                + nullRemoves)
                        .param("key", key)
                        .param("value", "the value to store, or to merge with the present one")
                        .param("function", "merges the present value with {@code value}; it must not write to this map")
                        .returns("the new value" + (ref ? ", or {@code null} if the key was removed" : ""))
                        .concurrentWrite()
                        .build();
            case ADD_VALUE ->
                Doc.of("Adds {@code value} to the value of {@code key} (to " + absent
                                + " if absent) and stores the sum.")
                        .param("key", key)
                        .param("value", "the amount to add")
                        .returns("the new value")
                        .concurrentWrite()
                        .build();
            case FOR_EACH ->
                Doc.of("Calls {@code action} on every entry, " + random + ".")
                        .param("action", "receives each key and its value")
                        .throwing("ConcurrentModificationException", traversalCme.formatted("action"))
                        .build();
            case FOR_EACH_KEY ->
                Doc.of("Calls {@code action} on every key, " + random + ".")
                        .param("action", "receives each key")
                        .throwing("ConcurrentModificationException", traversalCme.formatted("action"))
                        .build();
            case FOR_EACH_VALUE ->
                Doc.of("Calls {@code action} on every value, " + random + ".")
                        .param("action", "receives each value")
                        .throwing("ConcurrentModificationException", traversalCme.formatted("action"))
                        .build();
            case REMOVE_IF ->
                Doc.of("Removes every entry {@code filter} accepts, visiting them " + random
                                + ". If the filter throws, the removals already made stay.")
                        .param("filter", "true for an entry to remove")
                        .returns("true if any entry was removed")
                        .throwing("ConcurrentModificationException", traversalCme.formatted("filter"))
                        .build();
            case KEYS ->
                Doc.of("Returns the keys in a new array, " + random + ".")
                        .returns("a new array of every key")
                        .build();
            case VALUES ->
                Doc.of("Returns the values in a new array, " + random + ".")
                        .returns("a new array of every value, in the order of the walk")
                        .build();
            case CURSOR ->
                Doc.of("Returns a cursor over the entries, " + random + ":"
                                + " {@code while (c.next()) use(c.key(), c.value())}. It allocates nothing per entry; its"
                                + " own {@code setValue}/{@code remove} are the only writes allowed while it is used, and it"
                                + " throws ConcurrentModificationException at its next step after any other change.")
                        .returns("a new cursor, before the first entry")
                        .build();
            case STATS -> throw new IllegalStateException(method.form() + " is not generated here");
            case ADD, CONTAINS, REMOVE_ELEMENT, FOR_EACH_ELEMENT, REMOVE_IF_ELEMENT, ELEMENTS, ELEMENT_CURSOR ->
                throw new IllegalStateException(method.form() + " is a set's form: SetFormGenerator documents it");
        };
    }
}
