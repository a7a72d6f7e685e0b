package dev.bucketmap.processor.generate;

import dev.bucketmap.processor.model.KeyKind.Layout;
import dev.bucketmap.processor.model.MapModel;

/**
 * Where a bucket's tophash word, keys and values live in the generated table's chunks, as code,
 * for the table's lookups and moves and for the traversal (the table's own slot accessors and
 * index arithmetic in {@link TableGenerator} still branch on the {@link Layout} themselves). Code reaching a bucket names its
 * variables with a prefix {@code p}: {@code pi} (the bucket's index in its chunk), {@code pks}
 * (the key chunk, and for {@code int} and {@code long} keys also the words), {@code pbase}
 * (where the bucket's elements start in it), {@code pws} (the word chunk of reference keys) and
 * {@code pvs} (the value chunk). {@link #reach} declares or assigns them; the other methods read
 * and write through them.
 *
 * <p>When the values are stored as the keys are ({@code int → int}, {@code long → long}, and the
 * kinds stored the same way), they live in the key array too, after the bucket's keys: a bucket is
 * its word, 8 keys and 8 values in a row, and {@code pvs} does not exist. A lookup then reads
 * the value from the cache line after the keys, which the hardware has usually fetched with them,
 * instead of from a second array: a hit in a 1,000,000-entry {@code int → int} map took about 12%
 * less time (26 to 28 ns against 30 to 32 in one JVM; JMH at 1,000 entries 5.9 → 5.4 ns, walks
 * 4.5 to 4.9 → 4.0 to 4.1 us). Java arrays cannot mix a reference with a primitive, so
 * reference values (and values of another primitive type) keep their own arrays.
 */
final class BucketLayout {
    private final Layout layout;
    private final boolean valuesBesideKeys;

    private BucketLayout(Layout layout, boolean valuesBesideKeys) {
        this.layout = layout;
        this.valuesBesideKeys = valuesBesideKeys;
    }

    static BucketLayout of(MapModel model) {
        Layout layout = model.key().layout();
        return new BucketLayout(
                layout,
                layout.interleaved()
                        && model.value().storage().equals(model.key().storage()));
    }

    /** True when the values are in the key arrays, after each bucket's keys. */
    boolean valuesBesideKeys() {
        return valuesBesideKeys;
    }

    /** Which buckets a ref passed to {@link #reach} can name. */
    enum Reach {
        MAIN,
        POOL,
        ANY
    }

    /** Array elements per bucket in the key array: {@code STRIDE}, or {@code SLOTS} alone. */
    String stride() {
        return layout.interleaved() ? "STRIDE" : "SLOTS";
    }

    /**
     * Statements pointing the variables with prefix {@code p} at bucket {@code ref} of {@code table}
     * ({@code "old."}, {@code "chain."} or {@code ""} for this table). With {@code declare} they are
     * declared, else assigned.
     */
    String reach(String p, String ref, String table, Reach reach, boolean declare) {
        String index = switch (reach) {
            case MAIN -> ref + " & CHUNK_MASK";
            case POOL -> "~" + ref + " & CHUNK_MASK";
            case ANY -> "(" + ref + " >= 0 ? " + ref + " : ~" + ref + ") & CHUNK_MASK";
        };
        return (declare ? "int " : "") + p + "i = " + index + ";\n"
                + variables(
                        p,
                        chunkOf(table, "keys", ref, reach),
                        chunkOf(table, "words", ref, reach),
                        valuesBesideKeys ? null : chunkOf(table, "values", ref, reach),
                        declare);
    }

    /**
     * Statements pointing the variables with prefix {@code p} (all but {@code pi}, which must exist)
     * at the given chunk expressions; {@code valuesChunk} null leaves out {@code pvs}.
     */
    String variables(String p, String keysChunk, String wordsChunk, String valuesChunk, boolean declare) {
        StringBuilder code = new StringBuilder()
                .append(declare ? "$ks:T[] " : "")
                .append(p)
                .append("ks = ")
                .append(keysChunk)
                .append(";\n");
        if (!layout.interleaved()) {
            code.append(declare ? "long[] " : "")
                    .append(p)
                    .append("ws = ")
                    .append(wordsChunk)
                    .append(";\n");
        }
        code.append(declare ? "int " : "")
                .append(p)
                .append("base = ")
                .append(p)
                .append("i * ")
                .append(stride())
                .append(";\n");
        if (valuesChunk != null) {
            code.append(declare ? "$vs:T[] " : "")
                    .append(p)
                    .append("vs = ")
                    .append(valuesChunk)
                    .append(";\n");
        }
        return code.toString();
    }

    /** Declarations of only what {@link #readWord} and {@link #writeWord} use (prefix ""). */
    String wordVariables(String keysChunk, String wordsChunk) {
        return layout.interleaved()
                ? "$ks:T[] ks = " + keysChunk + ";\nint base = i * STRIDE;\n"
                : "long[] ws = " + wordsChunk + ";\n";
    }

    /** The chunk of {@code table}'s main array {@code name} (or its pool twin) holding bucket {@code ref}. */
    private static String chunkOf(String table, String name, String ref, Reach reach) {
        String pool = table + "pool" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String main = table + name + "[" + ref + " >>> CHUNK_SHIFT]";
        String inPool = pool + "[~" + ref + " >>> CHUNK_SHIFT]";
        return switch (reach) {
            case MAIN -> main;
            case POOL -> inPool;
            case ANY -> ref + " >= 0 ? " + main + " : " + inPool;
        };
    }

    /** The packed tophash word of the bucket whose variables have prefix {@code p}. */
    String readWord(String p) {
        return switch (layout) {
            case LONG_WORDS -> p + "ks[" + p + "base]";
            case INT_WORDS -> "$tophash:T.join(" + p + "ks[" + p + "base], " + p + "ks[" + p + "base + 1])";
            case SEPARATE_WORDS -> p + "ws[" + p + "i]";
        };
    }

    /** Statements storing the long {@code word} as the tophash word of the bucket with prefix {@code p}. */
    String writeWord(String p, String word) {
        return switch (layout) {
            case LONG_WORDS -> p + "ks[" + p + "base] = " + word + ";\n";
            case INT_WORDS ->
                p + "ks[" + p + "base] = (int) " + word + ";\n" + p + "ks[" + p + "base + 1] = (int) (" + word
                        + " >>> 32);\n";
            case SEPARATE_WORDS -> p + "ws[" + p + "i] = " + word + ";\n";
        };
    }

    /** The key in slot {@code slot} of the bucket with prefix {@code p}. */
    String keyAt(String p, String slot) {
        return layout.interleaved()
                ? p + "ks[" + p + "base + WORD_ELEMENTS + " + slot + "]"
                : p + "ks[" + p + "base + " + slot + "]";
    }

    /** The value in slot {@code slot} of the bucket with prefix {@code p}. */
    String valueAt(String p, String slot) {
        return valuesBesideKeys
                ? p + "ks[" + p + "base + VALUES + " + slot + "]"
                : p + "vs[" + p + "i * SLOTS + " + slot + "]";
    }
}
