package dev.bucketmap.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.bucketmap.processor.model.MapModel;
import dev.bucketmap.processor.model.RuntimeTypes;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Named arguments shared by the code templates of one generated class: the key and value types,
 * the runtime classes and the generated class's own nested types. A template writes {@code
 * $kt:T} for the key type, {@code $tophash:T} for the runtime's Tophash, and so on. Also the
 * shape every write shares, {@link #write}, so that one place says how a write begins and ends.
 */
final class Template {
    private final Map<String, Object> args = new HashMap<>();
    private final MapModel model;

    Template(MapModel model) {
        this.model = model;
        args.put("kt", model.key().type());
        args.put("ks", model.key().storage());
        args.put("vt", model.value().type());
        args.put("vs", model.value().storage());
        args.put("buckets", RuntimeTypes.BUCKETS);
        args.put("tophash", RuntimeTypes.TOPHASH);
        args.put("hashing", RuntimeTypes.HASHING);
        args.put("seeds", RuntimeTypes.SEEDS);
        args.put("iteration", RuntimeTypes.ITERATION);
        args.put("growth", RuntimeTypes.GROWTH);
        args.put("stats", RuntimeTypes.MAP_STATS);
        args.put("objects", ClassName.get(Objects.class));
        args.put("cme", ClassName.get(ConcurrentModificationException.class));
        args.put("self", model.generatedName());
        args.put("table", table(model));
        args.put("traversal", traversal(model));
        args.put("absent", model.value().absent());
        // The words of the generated class's exception messages: a set says set, elements, element.
        boolean set = !model.value().isPresent();
        args.put("coll", set ? "set" : "map");
        args.put("items", set ? "elements" : "entries");
        args.put("item", set ? "element" : "entry");
        args.put("keyWord", set ? "element" : "key");
    }

    private Template(Template base, Object... extra) {
        this.model = base.model;
        args.putAll(base.args);
        for (int i = 0; i < extra.length; i += 2) {
            args.put((String) extra[i], extra[i + 1]);
        }
    }

    static ClassName table(MapModel model) {
        return model.generatedName().nestedClass("Table");
    }

    static ClassName traversal(MapModel model) {
        return model.generatedName().nestedClass("Traversal");
    }

    MapModel model() {
        return model;
    }

    /**
     * These named arguments plus {@code extra} ones, given as name, value, name, value…, which
     * replace any of the same name: for templates that share more arguments than these.
     */
    Template with(Object... extra) {
        return new Template(this, extra);
    }

    /** A code block from a template with this class's named arguments plus {@code extra} ones. */
    CodeBlock code(String template, Object... extra) {
        Map<String, Object> all = extra.length == 0 ? args : with(extra).args;
        return CodeBlock.builder().addNamed(template, all).build();
    }

    /** Reads a stored value as the value type: {@code (String) stored}. */
    CodeBlock value(String stored) {
        return model.value().fromStorage(CodeBlock.of("$L", stored));
    }

    /** The key a stored key stands for: {@code (short) stored}, {@code Double.longBitsToDouble(stored)}. */
    CodeBlock key(String stored) {
        return model.key().fromStorage(CodeBlock.of("$L", stored));
    }

    /**
     * The name of the local holding the stored form of the parameter {@code key}: {@code key}
     * itself when the kind stores keys as they are, else {@code k}, declared by {@link
     * #storedKeyDeclaration}.
     */
    String storedKey() {
        return model.key().storedAsIs() ? "key" : "k";
    }

    /**
     * Every write to the map: {@code body} holding the writing flag ({@code beginWrite}), released
     * in a {@code finally}, with {@code hash}, the hash of the stored key {@code key}, in scope.
     * The key is hashed before the flag is taken, as in Go, so that a throwing {@code hashCode()}
     * fails before the write begins; it is hashed with the seed read then, and hashed again once
     * the flag is held if the seed has changed meanwhile: another thread's {@code clear()}, or its
     * removal that emptied the map, drew a new one, and a hash of the old seed would file the key
     * in the wrong bucket.
     *
     * <pre>
     * long hashSeed = seed;
     * long hash = hash(key, hashSeed);
     * beginWrite();
     * try {
     *   if (hashSeed != seed) {
     *     hash = hash(key, seed);
     *   }
     *   body
     * } finally {
     *   endWrite();
     * }
     * </pre>
     */
    CodeBlock write(String key, CodeBlock body) {
        return CodeBlock.builder()
                .addStatement("long hashSeed = seed")
                .addStatement("long hash = hash($L, hashSeed)", key)
                .addStatement("beginWrite()")
                .beginControlFlow("try")
                .beginControlFlow("if (hashSeed != seed)")
                .add("// A clear(), or a removal that emptied the map, drew a new seed since.\n")
                .addStatement("hash = hash($L, seed)", key)
                .endControlFlow()
                .add(body)
                .nextControlFlow("finally")
                .addStatement("endWrite()")
                .endControlFlow()
                .build();
    }

    /** Declares {@code k} when the key's stored form needs a conversion; else nothing. */
    CodeBlock storedKeyDeclaration() {
        if (model.key().storedAsIs()) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("$T k = $L;\n", model.key().storage(), model.key().toStorage(CodeBlock.of("key")));
    }
}
