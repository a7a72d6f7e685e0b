package dev.bucketmap.tests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bucketmap.runtime.MapStats;
import java.util.ConcurrentModificationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A traversal reads the table without the writing flag. When a read fails, what it throws says
 * why: the failure itself if the map did not change (a key's hashCode that threw), else
 * ConcurrentModificationException with the failure as its cause, as when another thread's write
 * made it read a torn table. Here the change comes from the key's own hashCode, so that the
 * case is certain; a traversal of a doubling map hashes the keys of the old chains it reads.
 */
class FailingTraversalTest {
    @AfterEach
    void calmDown() {
        Hooked.onHashCode = null;
    }

    /** A map in the middle of a doubling, keys 0 to size() - 1. */
    private static BucketMap_HookedMap doubling() {
        BucketMap_HookedMap map = new BucketMap_HookedMap();
        for (int i = 0; ; i++) {
            map.put(new Hooked(i), i);
            MapStats st = map.stats();
            if (st.growing() && !st.sameSizeGrowth() && st.log2Buckets() >= 5) {
                return map;
            }
        }
    }

    @Test
    void aHashCodeThatThrowsInATraversalReachesTheCallerUnchanged() {
        BucketMap_HookedMap map = doubling();
        Boom boom = new Boom("Hooked.hashCode");
        Hooked.onHashCode = () -> {
            throw boom;
        };
        Boom thrown = assertThrows(Boom.class, () -> map.forEach((k, v) -> {}));
        assertSame(boom, thrown);
        Hooked.onHashCode = null;
        map.checkInvariants();
    }

    @Test
    void aReadThatFailsAfterTheMapChangedThrowsConcurrentModificationExceptionWithTheFailureAsCause() {
        BucketMap_HookedMap map = doubling();
        int size = map.size();
        Boom boom = new Boom("Hooked.hashCode");
        Hooked.onHashCode = () -> {
            Hooked.onHashCode = null;
            map.remove(new Hooked(0)); // a write the traversal does not know of
            throw boom;
        };
        ConcurrentModificationException e =
                assertThrows(ConcurrentModificationException.class, () -> map.forEach((k, v) -> {}));
        assertSame(boom, e.getCause());
        assertTrue(Hooked.onHashCode == null, "the hook ran");
        assertEquals(size - 1, map.size());
        map.checkInvariants();
    }
}
