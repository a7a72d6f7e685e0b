package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.generate.BucketLayout.Place;
import dev.bucketmap.processor.model.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The variables through which generated code reaches one bucket, and the one place their names
 * come from: with prefix {@code p}, {@code pi} (the bucket's index in its chunk), a chunk variable
 * per array the cursor covers ({@code pks} keys, {@code pws} words, {@code pvs} values) and
 * {@code pbase} (where the bucket's elements start in the keys' chunk). {@link #variables} lists
 * them for code that keeps them in fields, {@link #reach} declares or assigns them, and the reads
 * and writes below use them, so what is read is what was declared.
 *
 * <p>The variables of the word and the keys come first, then {@code pbase}, then the values'.
 */
final class BucketCursor {
    /**
     * A variable of the cursor: its type, name, what it holds (for a field's Javadoc), and its
     * value for a bucket.
     */
    record Variable(TypeName type, String name, String doc, Function<BucketRef, String> value) {}

    private final BucketLayout layout;
    private final String prefix;
    private final List<BucketArray> arrays;

    BucketCursor(BucketLayout layout, String prefix, List<BucketArray> arrays) {
        this.layout = layout;
        this.prefix = prefix;
        this.arrays = arrays;
    }

    /** The name of the bucket's index in its chunk: {@code pi}. */
    String index() {
        return prefix + "i";
    }

    /** The name of the element where the bucket starts in the keys' chunk: {@code pbase}. */
    String base() {
        return prefix + "base";
    }

    /** The name of the variable holding the bucket's chunk of {@code array}: {@code pks}. */
    String chunk(BucketArray array) {
        return prefix + array.local();
    }

    /** The cursor's variables, in the order {@link #reach} sets them. */
    List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        variables.add(new Variable(TypeName.INT, index(), "The index of {@code b} in its chunk.", BucketRef::index));
        for (BucketArray array : lookupArrays(true)) {
            variables.add(chunkVariable(array));
        }
        if (hasBase()) {
            variables.add(new Variable(
                    TypeName.INT,
                    base(),
                    "Where the elements of {@code b} start in {@code " + chunk(layout.first()) + "}.",
                    bucket -> layout.first().bucketStart(index())));
        }
        for (BucketArray array : lookupArrays(false)) {
            variables.add(chunkVariable(array));
        }
        return variables;
    }

    /** Statements pointing the variables at {@code bucket}; with {@code declare} they are declared, else assigned. */
    CodeBlock reach(BucketRef bucket, boolean declare) {
        CodeBlock.Builder code = CodeBlock.builder().add(bucket.prelude());
        for (Variable variable : variables()) {
            if (declare) {
                code.add("$T ", variable.type());
            }
            code.add("$N = $L;\n", variable.name(), variable.value().apply(bucket));
        }
        return code.build();
    }

    /** The bucket's packed tophash word. */
    CodeBlock word() {
        if (twoIntWord()) {
            return CodeBlock.of(
                    "$T.join($L, $L)", RuntimeTypes.TOPHASH, element(layout.word(), ""), element(layout.word(), "1"));
        }
        return CodeBlock.of("$L", element(layout.word(), ""));
    }

    /** Statements storing the long {@code word} as the bucket's tophash word. */
    CodeBlock writeWord(String word) {
        if (twoIntWord()) {
            return CodeBlock.of(
                    "$L = (int) $L;\n$L = (int) ($L >>> 32);\n",
                    element(layout.word(), ""),
                    word,
                    element(layout.word(), "1"),
                    word);
        }
        return CodeBlock.of("$L = $L;\n", element(layout.word(), ""), word);
    }

    /** The key in slot {@code slot}. */
    CodeBlock key(String slot) {
        return CodeBlock.of("$L", element(layout.key(), slot));
    }

    /** The value in slot {@code slot}. */
    CodeBlock value(String slot) {
        return CodeBlock.of("$L", element(layout.value().orElseThrow(), slot));
    }

    /**
     * The value in slot {@code slot}, read from {@code bucket}'s chunk when the cursor holds no
     * variable for the values' array.
     */
    CodeBlock value(String slot, BucketRef bucket) {
        Place value = layout.value().orElseThrow();
        if (arrays.contains(value.array())) {
            return value(slot);
        }
        return CodeBlock.of("$L", bucket.element(value.array(), index(value, slot)));
    }

    /** The ref of the overflow bucket after the bucket, read from {@code bucket}'s chunk of links. */
    CodeBlock link(BucketRef bucket) {
        return CodeBlock.of("$L", bucket.element(layout.link().array(), index(layout.link(), "")));
    }

    private String element(Place place, String slot) {
        if (!arrays.contains(place.array())) {
            throw new IllegalStateException(
                    "the cursor holds no chunk of " + place.array().name());
        }
        return chunk(place.array()) + "[" + index(place, slot) + "]";
    }

    /** The index of {@code place}'s element for {@code slot} in the chunk, from the cursor's variables. */
    private String index(Place place, String slot) {
        if (place.array() == layout.first() && hasBase()) {
            return BucketLayout.join(base(), place.offset(), slot);
        }
        return BucketLayout.index(place, index(), slot);
    }

    private boolean twoIntWord() {
        return layout.word().array().element().equals(TypeName.INT);
    }

    private boolean hasBase() {
        return arrays.contains(layout.first());
    }

    /** The covered arrays holding the word or the keys ({@code true}), or neither ({@code false}). */
    private List<BucketArray> lookupArrays(boolean lookup) {
        return arrays.stream()
                .filter(a -> (a == layout.word().array() || a == layout.key().array()) == lookup)
                .toList();
    }

    private Variable chunkVariable(BucketArray array) {
        String holds = array == layout.first()
                ? "keys of {@code b}, from {@code " + base() + "} on"
                : array == layout.word().array() ? "word of {@code b}" : "values of {@code b}";
        return new Variable(
                array.chunkType(), chunk(array), "The chunk holding the " + holds + ".", bucket -> bucket.chunk(array));
    }
}
