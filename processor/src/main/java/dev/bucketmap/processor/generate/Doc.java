package dev.bucketmap.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.bucketmap.processor.model.MapModel;

/**
 * The Javadoc of one generated public method, what an IDE shows on hover: a sentence of what it
 * does in this map (what "absent" is here, whether {@code null} removes, that traversals visit in
 * a random order), then the block tags doclint's {@code -Xdoclint:all} wants: {@code @param} for
 * every parameter, {@code @return} unless void, and the {@code @throws} that apply.
 */
final class Doc {
    /** What a write throws when it finds another write running. */
    static final String CONCURRENT_WRITE =
            "if another write to this map is in progress: a function passed to this call that writes to"
                    + " the map, or another thread";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder tags = new StringBuilder();

    private Doc(String summary) {
        text.append(summary.strip()).append('\n');
    }

    static Doc of(String summary) {
        return new Doc(summary);
    }

    /** A further paragraph. */
    Doc paragraph(String more) {
        text.append("\n<p>").append(more.strip()).append('\n');
        return this;
    }

    Doc param(String name, String description) {
        tags.append("@param ").append(name).append(' ').append(description).append('\n');
        return this;
    }

    Doc returns(String description) {
        tags.append("@return ").append(description).append('\n');
        return this;
    }

    Doc throwing(String exception, String condition) {
        tags.append("@throws ").append(exception).append(' ').append(condition).append('\n');
        return this;
    }

    /** {@code @throws ConcurrentModificationException} for a write. */
    Doc concurrentWrite() {
        return throwing("ConcurrentModificationException", CONCURRENT_WRITE);
    }

    CodeBlock build() {
        String all = tags.length() == 0 ? text.toString() : text + "\n" + tags;
        return CodeBlock.of("$L", all);
    }

    /** What "absent" is in this map, as Javadoc: {@code null}, {@code 0}, or {@code defaultValue()}. */
    static String absent(MapModel model) {
        if (model.value().isReference()) {
            return "{@code null}";
        }
        if (model.value().usesDefaultValueMethod()) {
            return "{@code defaultValue()}";
        }
        return "{@code " + model.value().absent() + "}";
    }

    /** The key parameter, as Javadoc. */
    static String key(MapModel model) {
        return model.key().isReference() ? "the key, may be {@code null}" : "the key";
    }

    /** The value parameter, as Javadoc. */
    static String value(MapModel model) {
        return model.value().isReference() ? "the value, may be {@code null}" : "the value";
    }
}
