package dev.bucketmap.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.model.KeyKind.Layout;
import dev.bucketmap.processor.model.MapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Where a bucket's tophash word, keys, values and overflow link live in the generated table, as
 * data: the table's arrays (each chunked behind a directory, with a pool twin), and for each part
 * of a bucket the array it is in and its offset there. All the index arithmetic of the generated
 * code is here, so the generators loop over {@link #arrays} instead of asking which layout they
 * write; code that reads or writes one bucket goes through a {@link BucketCursor}.
 *
 * <p>A key kind's {@link Layout} decides where the word goes: {@code int} and {@code long} keys
 * share their array with it (the word first, then the bucket's 8 keys), so a lookup reads the
 * tophash and the keys from the same cache lines; reference keys cannot share an array with a
 * {@code long}, so their words have an array of their own.
 *
 * <p>When the values are stored as the keys are ({@code int → int}, {@code long → long}, and the
 * kinds stored the same way), they live in the key array too, after the bucket's keys: a bucket is
 * its word, 8 keys and 8 values in a row, and there is no value array. A lookup then reads the
 * value from the cache line after the keys, which the hardware has usually fetched with them,
 * instead of from a second array: a hit in a 1,000,000-entry {@code int → int} map took about 12%
 * less time (26 to 28 ns against 30 to 32 in one JVM; JMH at 1,000 entries 5.9 → 5.4 ns, walks
 * 4.5 to 4.9 → 4.0 to 4.1 us). Java arrays cannot mix a reference with a primitive, so
 * reference values (and values of another primitive type) keep their own arrays.
 *
 * <p>A set has no values ({@link #value} is empty), and its layout is the same without them: the
 * word and the elements beside each other for {@code int}- and {@code long}-stored elements (a
 * {@code long} set takes 8 bytes of element, 1 of tophash and half of an {@code int} link per
 * slot), in arrays of their own for reference elements.
 */
final class BucketLayout {
    /** Where a part of each bucket is: an array, and its first element's offset in the bucket (or ""). */
    record Place(BucketArray array, String offset) {}

    private final List<BucketArray> arrays;
    private final Place word;
    private final Place key;
    private final Optional<Place> value;
    private final Place link;
    private final List<FieldSpec> constants;
    private final String description;

    private BucketLayout(
            List<BucketArray> arrays,
            Place word,
            Place key,
            Optional<Place> value,
            Place link,
            List<FieldSpec> constants,
            String description) {
        this.arrays = arrays;
        this.word = word;
        this.key = key;
        this.value = value;
        this.link = link;
        this.constants = constants;
        this.description = description;
    }

    static BucketLayout of(MapModel model) {
        TypeName key = model.key().storage();
        TypeName value = model.value().storage();
        Layout layout = model.key().layout();
        if (!model.value().isPresent()) {
            return layout.interleaved() ? elementsBesideWords(layout, key) : elementsApart(key);
        }
        if (!layout.interleaved()) {
            return wordsApart(key, value);
        }
        return value.equals(key) ? valuesBesideKeys(layout, key) : wordsBesideKeys(layout, key, value);
    }

    /** Reference keys: keys, words, values and links, each in an array of its own. */
    private static BucketLayout wordsApart(TypeName key, TypeName value) {
        BucketArray keys = new BucketArray("keys", key, "SLOTS", true, "its 8 keys; null until allocated");
        BucketArray words = new BucketArray("words", TypeName.LONG, null, true, "its packed tophash word");
        BucketArray values = new BucketArray("values", value, "SLOTS", true, "its 8 values");
        BucketArray links = links();
        return new BucketLayout(
                List.of(keys, words, values, links),
                new Place(words, ""),
                new Place(keys, ""),
                Optional.of(new Place(values, "")),
                new Place(links, ""),
                List.of(),
                """
                Tophash words are in {@code Table.words}, one long per bucket, and the keys in
                {@code Table.keys}, so a lookup calls equals() only on tophash matches.
                Values are in {@code Table.values}.""");
    }

    /** {@code int} or {@code long} keys: per bucket the word, then the keys; values apart. */
    private static BucketLayout wordsBesideKeys(Layout layout, TypeName key, TypeName value) {
        BucketArray keys = new BucketArray(
                "keys", key, "STRIDE", true, "its packed tophash word, then its 8 keys; null until allocated");
        BucketArray values = new BucketArray("values", value, "SLOTS", true, "its 8 values");
        BucketArray links = links();
        return new BucketLayout(
                List.of(keys, values, links),
                new Place(keys, ""),
                new Place(keys, "WORD_ELEMENTS"),
                Optional.of(new Place(values, "")),
                new Place(links, ""),
                List.of(
                        wordElements(layout),
                        constant(
                                "STRIDE",
                                "WORD_ELEMENTS + SLOTS",
                                "Elements of {@code Table.keys} per bucket: the tophash word, then the keys.")),
                wordsWithKeys(layout) + "\nValues are in {@code Table.values}.");
    }

    /** Values stored as the keys are: per bucket the word, the keys, then the values, in one array. */
    private static BucketLayout valuesBesideKeys(Layout layout, TypeName key) {
        BucketArray keys = new BucketArray(
                "keys",
                key,
                "STRIDE",
                true,
                "its packed tophash word, its 8 keys, then its 8 values (see BucketLayout); null until allocated");
        BucketArray links = links();
        return new BucketLayout(
                List.of(keys, links),
                new Place(keys, ""),
                new Place(keys, "WORD_ELEMENTS"),
                Optional.of(new Place(keys, "VALUES")),
                new Place(links, ""),
                List.of(
                        wordElements(layout),
                        constant(
                                "VALUES",
                                "WORD_ELEMENTS + SLOTS",
                                "Where a bucket's values start in {@code Table.keys}: after its word and keys."),
                        constant(
                                "STRIDE",
                                "VALUES + SLOTS",
                                "Elements of {@code Table.keys} per bucket: the tophash word, the keys, then the"
                                        + " values.")),
                wordsWithKeys(layout) + "\nThe values follow each bucket's keys in the same array.");
    }

    /** A set of reference elements: elements, words and links, each in an array of its own. */
    private static BucketLayout elementsApart(TypeName element) {
        BucketArray keys = new BucketArray("keys", element, "SLOTS", true, "its 8 elements; null until allocated");
        BucketArray words = new BucketArray("words", TypeName.LONG, null, true, "its packed tophash word");
        BucketArray links = links();
        return new BucketLayout(
                List.of(keys, words, links),
                new Place(words, ""),
                new Place(keys, ""),
                Optional.empty(),
                new Place(links, ""),
                List.of(),
                """
                Tophash words are in {@code Table.words}, one long per bucket, and the elements in
                {@code Table.keys}, so a lookup calls equals() only on tophash matches. A set stores
                no values.""");
    }

    /** A set of {@code int}- or {@code long}-stored elements: per bucket the word, then the elements. */
    private static BucketLayout elementsBesideWords(Layout layout, TypeName element) {
        BucketArray keys = new BucketArray(
                "keys", element, "STRIDE", true, "its packed tophash word, then its 8 elements; null until allocated");
        BucketArray links = links();
        return new BucketLayout(
                List.of(keys, links),
                new Place(keys, ""),
                new Place(keys, "WORD_ELEMENTS"),
                Optional.empty(),
                new Place(links, ""),
                List.of(
                        wordElements(layout),
                        constant(
                                "STRIDE",
                                "WORD_ELEMENTS + SLOTS",
                                "Elements of {@code Table.keys} per bucket: the tophash word, then the set's elements.")),
                wordsWithKeys(layout) + "\nA set stores no values.");
    }

    private static String wordsWithKeys(Layout layout) {
        return layout == Layout.LONG_WORDS ? """
                Each bucket's tophash word and its 8 keys sit together in {@code Table.keys}
                (a long[]), so a lookup reads both from the same cache lines.""" : """
                Each bucket's tophash word (as two ints) and its 8 keys sit together in
                {@code Table.keys} (an int[]), so a lookup reads both from the same cache lines.""";
    }

    private static BucketArray links() {
        return new BucketArray("links", TypeName.INT, null, false, "the ref of its first overflow bucket, or 0");
    }

    private static FieldSpec wordElements(Layout layout) {
        return constant(
                "WORD_ELEMENTS",
                String.valueOf(layout.wordElements()),
                "Elements of {@code Table.keys} that a bucket's packed tophash word takes: "
                        + (layout == Layout.LONG_WORDS ? "one long." : "two ints."));
    }

    private static FieldSpec constant(String name, String initializer, String doc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(initializer)
                .build();
    }

    /** The constants the index arithmetic names ({@code STRIDE}, ...), declared in the map class. */
    List<FieldSpec> constants() {
        return constants;
    }

    /** The table's arrays, in the order their fields are declared: keys, words, values, links. */
    List<BucketArray> arrays() {
        return arrays;
    }

    /**
     * The first array, the keys': a main chunk exists once its chunk of this array does, and a
     * cursor's {@code base} is where the bucket starts in it.
     */
    BucketArray first() {
        return arrays.get(0);
    }

    Place word() {
        return word;
    }

    Place key() {
        return key;
    }

    /** Where the values are; empty for a layout without values. */
    Optional<Place> value() {
        return value;
    }

    Place link() {
        return link;
    }

    /** Where the word, keys and values are, in words, for the generated class's Javadoc. */
    String description() {
        return description;
    }

    /** True when {@code clear()} must zero the array: it holds words or links, or references to release. */
    boolean clearedInPlace(BucketArray array) {
        return array == word.array()
                || array == link.array()
                || !array.element().isPrimitive();
    }

    /**
     * The index in its chunk of {@code place}'s element for slot {@code slot} ("" for none) of the
     * bucket at {@code bucketIndex} in the chunk: {@code (b & CHUNK_MASK) * STRIDE + WORD_ELEMENTS + slot}.
     */
    static String index(Place place, String bucketIndex, String slot) {
        return join(place.array().bucketStart(bucketIndex), place.offset(), slot);
    }

    /**
     * The element of {@code place} for slot ref {@code ref} ({@code "ref"} or {@code "~ref"}) in
     * {@code directory}: {@code values[ref >>> CHUNK_SLOT_SHIFT][ref & CHUNK_SLOT_MASK]}. With 8
     * elements per bucket and no offset the ref's low bits are the index itself.
     */
    static String slotRefElement(Place place, String directory, String ref) {
        String chunk = directory + "[" + ref + " >>> CHUNK_SLOT_SHIFT]";
        if ("SLOTS".equals(place.array().perBucket()) && place.offset().isEmpty()) {
            return chunk + "[" + ref + " & CHUNK_SLOT_MASK]";
        }
        return chunk + "[" + index(place, "(" + ref + " & CHUNK_SLOT_MASK) >>> SLOT_SHIFT", "(" + ref + " & SLOT_MASK)")
                + "]";
    }

    /** A cursor over every part of a bucket (not its link), its variables named with {@code prefix}. */
    BucketCursor cursor(String prefix) {
        return new BucketCursor(this, prefix, holding(Stream.concat(Stream.of(word, key), value.stream())));
    }

    /** A cursor over what a lookup reads: the word and the keys. */
    BucketCursor lookupCursor() {
        return new BucketCursor(this, "", holding(Stream.of(word, key)));
    }

    /** A cursor over the word alone. */
    BucketCursor wordCursor() {
        return new BucketCursor(this, "", holding(Stream.of(word)));
    }

    private List<BucketArray> holding(Stream<Place> places) {
        List<BucketArray> held = places.map(Place::array).distinct().toList();
        return arrays.stream().filter(held::contains).toList();
    }

    /** {@code parts} joined with {@code " + "}, empty ones left out. */
    static String join(String... parts) {
        List<String> terms = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                terms.add(part);
            }
        }
        return String.join(" + ", terms);
    }
}
