package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * The body of each operation on one key, written once for the forms ({@link FormGenerator}) and
 * for {@code java.util.Map}'s methods ({@link MapWritesGenerator}, and {@link MapMethodsGenerator}
 * for {@link #find}): a fix to what {@code merge} does is made here, and both get it. The two differ only at the ends, in how a value
 * enters and leaves ({@link Ends}): the forms take and return the value type and answer this
 * map's absent value for a missing key; {@code Map}'s methods take and return boxes and answer
 * {@code null}, and a {@code null} result of their functions removes the key or inserts nothing
 * also when values are primitive. A reference value may be stored as {@code null}, which {@code
 * putIfAbsent}, {@code computeIfAbsent}, {@code computeIfPresent} and {@code merge} take for
 * absent; a primitive value never is.
 *
 * <p>A write body runs inside {@link Template#write}, with {@code hash} and the writing flag
 * held; the caller declares before it the stored key and the incoming value, and passes their
 * names as {@code k} and {@code v}.
 *
 * <pre>
 * int ref = findForWrite(hash, k);
 * if (ref != NOT_FOUND) {
 *   String old = (String) table.valueAt(ref);
 *   table.setValueAt(ref, value);
 *   return old;
 * }
 * insert(hash, k, value);
 * return null;
 * </pre>
 */
final class Operations {
    /**
     * How values enter and leave: {@code type}, what a value is declared as ({@code $vt} for the
     * forms, its box for {@code Map}); {@code absent}, what a missing key answers ({@code $absent}
     * or {@code null}); {@code nullResults}, whether a function's result may be {@code null}, and
     * then removes or inserts nothing (a reference value, or any {@code Map} method).
     */
    record Ends(TypeName type, CodeBlock absent, boolean nullResults) {}

    private final Template io;
    private final boolean nullStored;
    private final boolean nullResults;

    Operations(Template t, Ends ends) {
        this.io = t.with(
                "type", ends.type(),
                "absent", ends.absent(),
                "stored", t.value("table.valueAt(ref)"),
                "removed", t.value("removeAt(hash, ref)"));
        this.nullStored = t.model().value().isReference();
        this.nullResults = ends.nullResults();
    }

    /** The start of every read: the ref of the stored key {@code k} in the table, or NOT_FOUND. */
    CodeBlock find(String k) {
        return io.code("""
            long hash = hash($k:L);
            $table:T t = readTable(hash);
            int ref = t.find(hash, $k:L);
            """, "k", k);
    }

    /** Maps {@code k} to {@code v}; returns the previous value. */
    CodeBlock put(String k, String v) {
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
              $type:T old = $stored:L;
              table.setValueAt(ref, $v:L);
              return old;
            }
            insert(hash, $k:L, $v:L);
            return $absent:L;
            """, "k", k, "v", v);
    }

    /** Maps {@code k} to {@code v} unless present (with a non-null value); returns the value before. */
    CodeBlock putIfAbsent(String k, String v) {
        CodeBlock present = nullStored ? io.code("""
            $type:T old = $stored:L;
            if (old == null) {
              table.setValueAt(ref, $v:L);
            }
            return old;""", "v", v) : io.code("return $stored:L;");
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
            $>$present:L
            $<}
            insert(hash, $k:L, $v:L);
            return $absent:L;
            """, "k", k, "v", v, "present", present);
    }

    /** Removes {@code k}; returns its value. */
    CodeBlock remove(String k) {
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return $absent:L;
            }
            return $removed:L;
            """, "k", k);
    }

    /** Removes {@code k}; true if it was present. */
    CodeBlock removeKey(String k) {
        return removeUnless(k, CodeBlock.of("ref == NOT_FOUND"));
    }

    /** Removes {@code k} unless {@code differs}, a comparison of its value; true if removed. */
    CodeBlock removeEntry(String k, CodeBlock differs) {
        return removeUnless(k, CodeBlock.of("ref == NOT_FOUND || $L", differs));
    }

    private CodeBlock removeUnless(String k, CodeBlock keep) {
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if ($keep:L) {
              return false;
            }
            removeAt(hash, ref);
            return true;
            """, "k", k, "keep", keep);
    }

    /** Sets the value of a present {@code k} to {@code v}; returns the previous value. */
    CodeBlock replace(String k, String v) {
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return $absent:L;
            }
            $type:T old = $stored:L;
            table.setValueAt(ref, $v:L);
            return old;
            """, "k", k, "v", v);
    }

    /** Sets the value of {@code k} to {@code newValue} unless {@code differs}; true if set. */
    CodeBlock replaceEntry(String k, CodeBlock differs) {
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND || $differs:L) {
              return false;
            }
            table.setValueAt(ref, newValue);
            return true;
            """, "k", k, "differs", differs);
    }

    /** Stores {@code function}'s value for an absent {@code k}; returns the value after. */
    CodeBlock computeIfAbsent(String k, String function) {
        CodeBlock present = nullStored ? io.code("""
            $type:T old = $stored:L;
            if (old != null) {
              return old;
            }""") : io.code("return $stored:L;");
        // A present key gets this far only with a null value, and only where values may be null.
        CodeBlock store = io.code(nullStored ? "store(hash, $k:L, ref, value);" : "insert(hash, $k:L, value);", "k", k);
        if (nullResults) {
            store = io.code("""
                if (value == null) {
                  return null;
                }
                $store:L""", "store", store);
        }
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref != NOT_FOUND) {
            $>$present:L
            $<}
            $type:T value = $function:L(key);
            $store:L
            return value;
            """, "k", k, "function", function, "present", present, "store", store);
    }

    /** Replaces the value of a present {@code k} by {@code function}'s result; returns it. */
    CodeBlock computeIfPresent(String k, String function) {
        CodeBlock value = nullStored
                ? io.code("""
            $type:T old = $stored:L;
            if (old == null) {
              return null;
            }
            $type:T value = $function:L(key, old);""", "function", function)
                : io.code("$type:T value = $function:L(key, $stored:L);", "function", function);
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              return $absent:L;
            }
            $value:L
            $update:L
            return value;
            """, "k", k, "value", value, "update", update("value"));
    }

    /** Sets the value of {@code k} to {@code function}'s result on its value (absent if none). */
    CodeBlock compute(String k, String function) {
        CodeBlock store = io.code("store(hash, $k:L, ref, value);", "k", k);
        if (nullResults) {
            store = io.code("""
                if (value == null) {
                  if (ref != NOT_FOUND) {
                    removeAt(hash, ref);
                  }
                  return null;
                }
                $store:L""", "store", store);
        }
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            $type:T old = ref == NOT_FOUND ? $absent:L : $stored:L;
            $type:T value = $function:L(key, old);
            $store:L
            return value;
            """, "k", k, "function", function, "store", store);
    }

    /** Stores {@code value} for an absent {@code k}, else {@code function}'s result on both. */
    CodeBlock merge(String k, String function) {
        CodeBlock merged = nullStored
                ? io.code("""
            $type:T old = $stored:L;
            $type:T merged = old == null ? value : $function:L(old, value);""", "function", function)
                : io.code("$type:T merged = $function:L($stored:L, value);", "function", function);
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              insert(hash, $k:L, value);
              return value;
            }
            $merged:L
            $update:L
            return merged;
            """, "k", k, "merged", merged, "update", update("merged"));
    }

    /**
     * Adds {@code value} to the value of {@code k}: {@code first} is the sum for an absent key,
     * {@code next} the sum for a present one. Forms only: {@code Map} has no such method.
     */
    CodeBlock addValue(String k, CodeBlock first, CodeBlock next) {
        return io.code("""
            int ref = findForWrite(hash, $k:L);
            if (ref == NOT_FOUND) {
              $type:T sum = $first:L;
              insert(hash, $k:L, sum);
              return sum;
            }
            $type:T sum = $next:L;
            table.setValueAt(ref, sum);
            return sum;
            """, "k", k, "first", first, "next", next);
    }

    /** Stores the result {@code name} at {@code ref}; where results may be null, null removes. */
    private CodeBlock update(String name) {
        return nullResults
                ? io.code("""
            if ($result:N == null) {
              removeAt(hash, ref);
            } else {
              table.setValueAt(ref, $result:N);
            }""", "result", name)
                : io.code("table.setValueAt(ref, $result:N);", "result", name);
    }
}
