package dev.bucketmap.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bucketmap.benchmarks.data.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every adapter behaves as the same map, so the benchmarks compare like with like. */
class AdaptersTest {
    private static final int N = 5_000;

    @ParameterizedTest
    @EnumSource(Impl.class)
    void longString(Impl impl) {
        long[] keys = Keys.randomLongs(N, false);
        LongStringOps ops = impl.longString();
        long sum = 0;
        for (long key : keys) {
            ops.put(key, Keys.VALUE);
            sum += key + 1;
        }
        assertEquals(N, ops.size());
        assertEquals(sum, ops.traverse());
        assertEquals(Keys.VALUE, ops.get(keys[17]));
        assertNull(ops.get(Keys.randomLongs(1, true)[0]));
        ops.remove(keys[17]);
        assertNull(ops.get(keys[17]));
        assertEquals(N - 1, ops.size());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void intInt(Impl impl) {
        if (!impl.supports(Kind.INT_INT)) {
            return;
        }
        int[] keys = Keys.randomInts(N, false);
        int[] values = Keys.intValues(N);
        IntIntOps ops = impl.intInt();
        long sum = 0;
        for (int i = 0; i < N; i++) {
            ops.put(keys[i], values[i]);
            sum += keys[i] + (long) values[i];
        }
        assertEquals(N, ops.size());
        assertEquals(sum, ops.traverse());
        assertEquals(values[17], ops.get(keys[17]));
        assertEquals(0, ops.get(Keys.randomInts(1, true)[0]));
        ops.remove(keys[17]);
        assertEquals(0, ops.get(keys[17]));
        assertEquals(N - 1, ops.size());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void stringInt(Impl impl) {
        if (!impl.supports(Kind.STRING_INT)) {
            return;
        }
        String[] keys = Keys.randomStrings(N, false);
        StringIntOps ops = impl.stringInt();
        for (String key : keys) {
            ops.increment(key);
        }
        ops.increment(keys[17]);
        ops.put(keys[18], 40);
        assertEquals(N, ops.size());
        assertEquals(N + N + 1 + 39, ops.traverse());
        assertEquals(2, ops.get(new String(keys[17])));
        assertEquals(0, ops.get(Keys.randomStrings(1, true)[0]));
        ops.remove(keys[17]);
        assertEquals(0, ops.get(keys[17]));
        assertEquals(N - 1, ops.size());
    }
}
