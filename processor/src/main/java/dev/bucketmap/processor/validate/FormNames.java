package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.model.Form;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The form names close to a method name that is none of them, for "did you mean" hints. */
final class FormNames {
    /** Names users bring from other map APIs, and the form that does the job here. */
    private static final Map<String, String> ALIASES = Map.of(
            "set", "put",
            "delete", "remove",
            "length", "size",
            "count", "size",
            "keyset", "keys",
            "iterator", "cursor",
            "add", "addValue",
            "increment", "addValue",
            "getordefaultvalue", "getOrDefault",
            "foreachentry", "forEach");

    private FormNames() {}

    /** Form names within a typo or two of {@code name}, or that it abbreviates; often empty. */
    static List<String> similarTo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return List.of(alias);
        }
        int allowed = lower.length() >= 6 ? 2 : 1;
        return Form.of(false).stream()
                .map(Form::methodName)
                .distinct()
                .filter(form -> {
                    String f = form.toLowerCase(Locale.ROOT);
                    return distance(lower, f) <= allowed || (lower.length() >= 3 && f.startsWith(lower));
                })
                .toList();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
