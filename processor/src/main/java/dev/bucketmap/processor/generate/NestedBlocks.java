package dev.bucketmap.processor.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a template's code blocks nest. JavaPoet indents every line of a {@code $name:L} argument
 * only to the current {@code $>} level, not to the spaces written before the placeholder, so a
 * block of several lines inside a loop of a text-block template would lose the loop's indent.
 * {@link #indent} turns each placeholder that starts a line after {@code 2n} spaces into the same
 * placeholder between {@code n} {@code $>} and {@code $<}: every line of the argument is then
 * indented as the placeholder is, and an empty argument leaves no blank line (end the line with
 * {@code \} so the argument's own last newline ends it).
 */
final class NestedBlocks {
    private static final Pattern INDENTED_BLOCK = Pattern.compile("(?m)^((?:  )+)(\\$\\w+:L)");

    private NestedBlocks() {}

    static String indent(String template) {
        Matcher m = INDENTED_BLOCK.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int depth = m.group(1).length() / 2;
            m.appendReplacement(out, Matcher.quoteReplacement("$>".repeat(depth) + m.group(2) + "$<".repeat(depth)));
        }
        return m.appendTail(out).toString();
    }
}
