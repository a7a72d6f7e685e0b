package dev.bucketmap.tests.generic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generic key types (key = List.class, written List<String>) and array or generic value types
 * behave like any other kind, against a HashMap fed the same seeded operations; keys() and
 * values() return arrays of the exact element types.
 */
class GenericKindsTest {

    private static List<String> path(SplittableRandom rnd) {
        int n = 1 + rnd.nextInt(3);
        List<String> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            path.add("d" + rnd.nextInt(12));
        }
        return List.copyOf(path);
    }

    @Test
    void listKeysAgainstHashMap() throws Exception {
        SplittableRandom rnd = new SplittableRandom(0x11571L);
        BucketMap_GenericKinds_PathCounts map = new BucketMap_GenericKinds_PathCounts();
        Map<List<String>, Integer> mirror = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            List<String> p = path(rnd);
            int absent = mirror.getOrDefault(p, 0);
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    assertEquals(absent, map.put(p, step), "put " + p);
                    mirror.put(p, step);
                }
                case 1 -> {
                    assertEquals(absent, map.remove(p), "remove " + p);
                    mirror.remove(p);
                }
                case 2 -> {
                    assertEquals(absent + 1, map.addValue(p, 1), "addValue " + p);
                    mirror.put(p, absent + 1);
                }
                default -> assertEquals(absent, map.get(p), "get " + p);
            }
        }
        map.checkInvariants();
        assertEquals(mirror.size(), map.size());
        List<String>[] keys = map.keys();
        assertSame(List[].class, keys.getClass(), "keys() is a List[] at run time");
        assertEquals(mirror.keySet(), new HashSet<>(Arrays.asList(keys)));
        Map<List<String>, Integer> walked = new HashMap<>();
        map.forEach(walked::put);
        assertEquals(mirror, walked);
        BucketMap_GenericKinds_PathCounts.Cursor c = map.cursor();
        while (c.next()) {
            assertEquals(mirror.get(c.key()), c.value());
        }
        assertEquals(7, map.computeIfAbsent(List.of("new"), k -> k.size() * 7));
        assertEquals(map, roundTrip(map));
    }

    @Test
    void listKeysAsADropInMap() throws Exception {
        BucketMap_GenericKinds_PathNames map = new BucketMap_GenericKinds_PathNames();
        Map<List<String>, String> mirror = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            List<String> p = List.of("a", "b" + i);
            assertEquals(mirror.put(p, "n" + i), map.put(p, "n" + i));
        }
        assertEquals(mirror, map);
        assertEquals(map, mirror);
        assertEquals("n7", map.get(List.of("a", "b7")));
        assertEquals(null, map.get((Object) "not a list"), "a key of another type is absent");
        assertEquals(mirror.keySet(), map.keySet());
        assertEquals(map, roundTrip(map));
    }

    @Test
    void arrayValues() throws Exception {
        BucketMap_GenericKinds_Samples samples = new BucketMap_GenericKinds_Samples();
        for (long id = 0; id < 300; id++) {
            samples.put(id, new long[] {id, id * id});
        }
        long[][] values = samples.values();
        assertEquals(300, values.length);
        long sum = 0;
        for (long[] v : values) {
            assertEquals(v[0] * v[0], v[1]);
            sum += v[0];
        }
        assertEquals(299 * 300 / 2, sum);
        assertArrayEquals(new long[] {5, 25}, samples.get(5));

        BucketMap_GenericKinds_Aliases aliases = new BucketMap_GenericKinds_Aliases();
        aliases.put("Ada", new String[] {"Countess of Lovelace"});
        aliases.put("Grace", new String[] {"Amazing Grace", "Grandma COBOL"});
        String[][] all = aliases.values();
        assertEquals(2, all.length);
        assertEquals(3, all[0].length + all[1].length);
    }

    @Test
    void genericValues() throws Exception {
        BucketMap_GenericKinds_Tags tags = new BucketMap_GenericKinds_Tags();
        for (long id = 0; id < 100; id++) {
            tags.put(id, List.of("t" + id));
        }
        assertEquals(List.of("new"), tags.computeIfAbsent(1000L, id -> List.of("new")));
        List<String>[] values = tags.values();
        assertSame(List[].class, values.getClass());
        assertEquals(101, values.length);
        assertEquals(List.of("t42"), tags.get(42));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T map) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
