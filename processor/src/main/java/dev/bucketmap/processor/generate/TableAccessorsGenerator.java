package dev.bucketmap.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.bucketmap.processor.generate.BucketLayout.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the {@code Table}'s slot accessors: reads and writes of one part of a bucket named by
 * its ref, main or pool, for the paths that are not worth a {@link BucketCursor} (overflow
 * buckets, deletes, growth's bookkeeping, the traversal's slow cases). Each is one line of the
 * {@link BucketLayout}'s index arithmetic for its part: the word, a key, a value, the link.
 *
 * <pre>
 * long word(int b) ...  void setWord(int b, long word) ...
 * long key(int b, int slot) ...  void setKey(int b, int slot, long key) ...
 * V value(int b, int slot) ...  void setValue(int b, int slot, V value) ...
 * int next(int b) ...  void setNext(int b, int next) ...
 * void put(int b, int slot, int top, long key, V value) ...
 * V valueAt(int ref) ...  void setValueAt(int ref, V value) ...   // by slot ref
 * </pre>
 *
 * <p>A set's buckets hold no values: it has no value accessors, and {@code put} takes no value.
 */
final class TableAccessorsGenerator {
    private final Template t;
    private final BucketLayout layout;
    private final TypeName key;
    private final TypeName value;

    TableAccessorsGenerator(Template t, BucketLayout layout) {
        this.t = t;
        this.layout = layout;
        this.key = t.model().key().storage();
        this.value = t.model().value().storage();
    }

    /** The slot accessors, for buckets main or pool: the word, keys, values and links, and put. */
    List<MethodSpec> generate() {
        BucketCursor word = layout.wordCursor();
        BucketRef any = BucketRef.any("b", "");
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder("word")
                .addJavadoc("The packed tophash word of bucket {@code b}.\n")
                .returns(TypeName.LONG)
                .addParameter(TypeName.INT, "b")
                .addCode(word.reach(any, true))
                .addStatement("return $L", word.word())
                .build());
        methods.add(MethodSpec.methodBuilder("setWord")
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.LONG, "word")
                .addCode(word.reach(any, true))
                .addCode(word.writeWord("word"))
                .build());
        methods.add(getter("key", key, layout.key(), "slot").build());
        methods.add(setter("setKey", "key", key, layout.key(), "slot"));
        layout.value().ifPresent(values -> {
            methods.add(getter("value", value, values, "slot").build());
            methods.add(setter("setValue", "value", value, values, "slot"));
        });
        methods.add(getter("next", TypeName.INT, layout.link(), "")
                .addJavadoc("The ref of the overflow bucket after {@code b}, or 0.\n")
                .build());
        methods.add(setter("setNext", "next", TypeName.INT, layout.link(), ""));
        MethodSpec.Builder put = MethodSpec.methodBuilder("put")
                .addJavadoc("Fills slot {@code slot} of bucket {@code b}.\n")
                .addParameter(TypeName.INT, "b")
                .addParameter(TypeName.INT, "slot")
                .addParameter(TypeName.INT, "top")
                .addParameter(key, "key");
        if (layout.value().isPresent()) {
            put.addParameter(value, "value");
        }
        put.addCode(t.code("""
                setWord(b, $tophash:T.set(word(b), slot, top));
                setKey(b, slot, key);
                """));
        if (layout.value().isPresent()) {
            put.addStatement("setValue(b, slot, value)");
        }
        methods.add(put.build());
        layout.value().ifPresent(values -> methods.addAll(byRef(values)));
        return methods;
    }

    /** The value accessors by slot ref: {@code valueAt} and {@code setValueAt}. */
    private List<MethodSpec> byRef(Place values) {
        List<MethodSpec> methods = new ArrayList<>();
        String main = BucketLayout.slotRefElement(values, values.array().name(), "ref");
        String pool = BucketLayout.slotRefElement(values, values.array().pool(), "~ref");
        methods.add(MethodSpec.methodBuilder("valueAt")
                .addJavadoc("The value in slot {@code ref}.\n")
                .returns(value)
                .addParameter(TypeName.INT, "ref")
                .addStatement("return ref >= 0 ? $L : $L", main, pool)
                .build());
        methods.add(MethodSpec.methodBuilder("setValueAt")
                .addParameter(TypeName.INT, "ref")
                .addParameter(value, "value")
                .beginControlFlow("if (ref >= 0)")
                .addStatement("$L = value", main)
                .nextControlFlow("else")
                .addStatement("$L = value", pool)
                .endControlFlow()
                .build());
        return methods;
    }

    /** A getter of {@code place} in bucket {@code b}, main or pool, with a parameter {@code slot} unless it is "". */
    private static MethodSpec.Builder getter(String name, TypeName type, Place place, String slot) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).returns(type).addParameter(TypeName.INT, "b");
        if (!slot.isEmpty()) {
            m.addParameter(TypeName.INT, slot);
        }
        return m.addStatement(
                "return b >= 0 ? $L : $L",
                BucketRef.main("b").element(place, slot),
                BucketRef.pool("b").element(place, slot));
    }

    /** A setter of {@code place} in bucket {@code b}, main or pool. */
    private static MethodSpec setter(String name, String param, TypeName type, Place place, String slot) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addParameter(TypeName.INT, "b");
        if (!slot.isEmpty()) {
            m.addParameter(TypeName.INT, slot);
        }
        return m.addParameter(type, param)
                .beginControlFlow("if (b >= 0)")
                .addStatement("$L = $N", BucketRef.main("b").element(place, slot), param)
                .nextControlFlow("else")
                .addStatement("$L = $N", BucketRef.pool("b").element(place, slot), param)
                .endControlFlow()
                .build();
    }
}
