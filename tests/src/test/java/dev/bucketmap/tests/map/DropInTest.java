package dev.bucketmap.tests.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The drop-in example of the user guide (docs/guide.md): code written against Map gives HashMap's answers. */
class DropInTest {

    /** Code that knows only {@code Map}, as an application would have it. */
    private static Map<String, Object> use(Map<Long, String> names) {
        Map<String, Object> answers = new TreeMap<>();
        for (long id = 0; id < 10_000; id++) {
            names.put(id, "user" + id);
        }
        answers.put("put existing", names.put(7L, "seven"));
        answers.put("get", names.get(7L));
        answers.put("get missing", names.get(-1L));
        answers.put("getOrDefault", names.getOrDefault(-1L, "nobody"));
        answers.put("merge", names.merge(8L, "!", String::concat));
        answers.put("computeIfAbsent", names.computeIfAbsent(-2L, id -> "new" + id));
        answers.put("computeIfPresent null", names.computeIfPresent(9L, (id, name) -> null));
        names.keySet().removeIf(id -> id % 3 == 0);
        names.values().removeIf(name -> name.endsWith("5"));
        names.entrySet().removeIf(e -> e.getKey() > 9_000);
        names.replaceAll((id, name) -> name.toUpperCase());
        answers.put("size", names.size());
        answers.put("containsValue", names.containsValue("USER7"));
        answers.put("hashCode", names.hashCode());
        answers.put("contents", new TreeMap<>(names));
        return answers;
    }

    @Test
    void givesTheAnswersOfAHashMap() {
        Map<Long, String> before = new HashMap<>();
        Map<Long, String> after = new BucketMap_UserNameMap();
        assertEquals(use(before), use(after));
        assertEquals(before, after);
        assertEquals(after, before);
    }
}
