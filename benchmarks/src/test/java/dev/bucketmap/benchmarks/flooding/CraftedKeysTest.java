package dev.bucketmap.benchmarks.flooding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carrotsearch.hppc.BitMixer;
import it.unimi.dsi.fastutil.HashCommon;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The crafted keys collide in the real libraries' hash functions, not only in our reading of them. */
class CraftedKeysTest {

    @Test
    void phiInverse() {
        assertEquals(1L, CraftedKeys.PHI * CraftedKeys.PHI_INVERSE);
    }

    @Test
    void againstFastutilAllHashToSlotZero() {
        long[] keys = CraftedKeys.againstFastutil(10_000);
        assertEquals(10_000, Arrays.stream(keys).distinct().count());
        for (int i = 0; i < keys.length; i++) {
            assertEquals((long) (i + 1) << 32, HashCommon.mix(keys[i]));
        }
    }

    @Test
    void againstPhiMultiplyAllHashToZero() {
        long[] keys = CraftedKeys.againstPhiMultiply(10_000);
        assertEquals(10_000, Arrays.stream(keys).distinct().count());
        for (long key : keys) {
            assertEquals(0, BitMixer.mixPhi(key));
        }
    }

    @Test
    void equalHashCodes() {
        String[] keys = CraftedKeys.equalHashCodes(100_000);
        assertEquals(100_000, Arrays.stream(keys).distinct().count());
        assertEquals(
                1, Arrays.stream(keys).mapToInt(String::hashCode).distinct().count());
        assertEquals(34, keys[0].length());
        assertEquals(34, CraftedKeys.randomStrings(100_000, 1)[0].length(), "the baseline is as long");
    }
}
