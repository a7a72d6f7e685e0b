package dev.bucketmap.tests;

import dev.bucketmap.runtime.MapStats;
import java.util.Map;
import java.util.Random;

/** Brings a map into the middle of a growth, mirroring every insert in a HashMap. */
final class Growing {
    private Growing() {}

    /**
     * Inserts fresh random keys until a doubling from 2^{@code oldLog2} buckets is in
     * progress (growing, not same-size, 2^(oldLog2+1) buckets).
     */
    static MapStats startDoubling(Subject s, Map<Long, String> mirror, Random rnd, int oldLog2, String ctx) {
        while (true) {
            long k = rnd.nextLong();
            if (mirror.containsKey(k)) {
                continue;
            }
            String v = "g" + (k & 1023);
            mirror.put(k, v);
            s.ops().put(k, v);
            MapStats st = s.stats().get();
            if (st.growing() && !st.sameSizeGrowth() && st.log2Buckets() == oldLog2 + 1) {
                return st;
            }
            if (st.log2Buckets() > oldLog2 + 1) {
                throw new AssertionError(
                        ctx + ": the doubling from 2^" + oldLog2 + " buckets was never seen in progress; now " + st);
            }
        }
    }

    /**
     * Churns (remove a random key, insert a fresh one) at a constant size until a
     * same-size growth is in progress.
     */
    static MapStats startSameSizeGrowth(Subject s, Map<Long, String> mirror, Random rnd, int size, String ctx) {
        long[] live = new long[size];
        int n = 0;
        while (n < size) {
            long k = rnd.nextLong();
            if (!mirror.containsKey(k)) {
                mirror.put(k, "c" + n % 100);
                s.ops().put(k, "c" + n % 100);
                live[n++] = k;
            }
        }
        for (long pair = 0; pair < 200L * size; pair++) {
            int i = rnd.nextInt(size);
            mirror.remove(live[i]);
            s.ops().remove(live[i]);
            long k;
            do {
                k = rnd.nextLong();
            } while (mirror.containsKey(k));
            live[i] = k;
            mirror.put(k, "c" + pair % 100);
            s.ops().put(k, "c" + pair % 100);
            MapStats st = s.stats().get();
            if (st.growing() && st.sameSizeGrowth()) {
                return st;
            }
        }
        throw new AssertionError(ctx + ": no same-size growth seen in progress after " + 200L * size
                + " remove+insert pairs at size " + size + ": " + s.stats().get());
    }
}
