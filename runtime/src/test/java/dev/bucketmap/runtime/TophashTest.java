package dev.bucketmap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TophashTest {

    private static final int RANDOM_WORDS = 100_000;

    /** Byte values that break naive SWAR tricks (borrows, carries, sign bits), and the markers. */
    private static final int[] EDGE_BYTES = {
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x7E, 0x7F, 0x80, 0x81, 0xFE, 0xFF
    };

    // ---- byte-by-byte reference implementations ----

    private static long refMatch(long word, int tophash) {
        long mask = 0;
        for (int i = 0; i < 8; i++) {
            if (((word >>> (8 * i)) & 0xFF) == tophash) {
                mask |= 0x80L << (8 * i);
            }
        }
        return mask;
    }

    private static long refMatchEmpty(long word) {
        return refMatch(word, Tophash.EMPTY_REST) | refMatch(word, Tophash.EMPTY_ONE);
    }

    private static long refMatchFull(long word) {
        long mask = 0;
        for (int i = 0; i < 8; i++) {
            if (((word >>> (8 * i)) & 0xFF) >= Tophash.MIN_TOP_HASH) {
                mask |= 0x80L << (8 * i);
            }
        }
        return mask;
    }

    private static boolean refHasEmptyRest(long word) {
        for (int i = 0; i < 8; i++) {
            if (((word >>> (8 * i)) & 0xFF) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean refIsEvacuated(long word) {
        int first = (int) (word & 0xFF);
        return first == Tophash.EVACUATED_X || first == Tophash.EVACUATED_Y || first == Tophash.EVACUATED_EMPTY;
    }

    private static void checkAgainstReference(long word, int tophash) {
        assertEquals(refMatch(word, tophash), Tophash.match(word, tophash), () -> "match: " + where(word, tophash));
        assertEquals(refMatchEmpty(word), Tophash.matchEmpty(word), () -> "matchEmpty: " + where(word, tophash));
        assertEquals(refMatchFull(word), Tophash.matchFull(word), () -> "matchFull: " + where(word, tophash));
        assertEquals(refHasEmptyRest(word), Tophash.hasEmptyRest(word), () -> "hasEmptyRest: " + where(word, tophash));
        assertEquals(refIsEvacuated(word), Tophash.isEvacuated(word), () -> "isEvacuated: " + where(word, tophash));
    }

    private static String where(long word, int tophash) {
        return String.format("word %016x, tophash %02x", word, tophash);
    }

    // ---- tests ----

    @Test
    void ofIsTheTopByteBumpedAboveTheMarkers() {
        SplittableRandom random = new SplittableRandom(1);
        for (int top = 0; top < 256; top++) {
            for (int i = 0; i < 100; i++) {
                long hash = ((long) top << 56) | (random.nextLong() >>> 8);
                int th = Tophash.of(hash);
                assertTrue(th >= Tophash.MIN_TOP_HASH && th <= 0xFF, "tophash " + th);
                assertEquals(top < Tophash.MIN_TOP_HASH ? top + Tophash.MIN_TOP_HASH : top, th);
            }
        }
    }

    @Test
    void getAndSetRoundTrip() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            long word = random.nextLong();
            int slot = random.nextInt(8);
            int value = random.nextInt(256);
            long updated = Tophash.set(word, slot, value);
            assertEquals(value, Tophash.get(updated, slot));
            for (int other = 0; other < 8; other++) {
                if (other != slot) {
                    assertEquals(
                            Tophash.get(word, other),
                            Tophash.get(updated, other),
                            "slot " + other + " must not change");
                }
            }
            assertEquals(word, Tophash.set(updated, slot, Tophash.get(word, slot)));
        }
    }

    @Test
    void slotZeroIsTheLowestByte() {
        long word = 0x0807_0605_0403_0201L;
        for (int slot = 0; slot < 8; slot++) {
            assertEquals(slot + 1, Tophash.get(word, slot));
        }
        assertEquals(0xFFL, Tophash.set(0, 0, 0xFF));
        assertEquals(0xFF00_0000_0000_0000L, Tophash.set(0, 7, 0xFF));
    }

    @Test
    void broadcastFillsEveryByte() {
        for (int t = 0; t < 256; t++) {
            long word = Tophash.broadcast(t);
            for (int slot = 0; slot < 8; slot++) {
                assertEquals(t, Tophash.get(word, slot));
            }
        }
    }

    @Test
    void freshWordIsAllEmptyRest() {
        assertEquals(0x8080_8080_8080_8080L, Tophash.matchEmpty(0L));
        assertEquals(0L, Tophash.matchFull(0L));
        assertTrue(Tophash.hasEmptyRest(0L));
        assertFalse(Tophash.isEvacuated(0L));
    }

    @Test
    void randomWordsMatchTheReference() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < RANDOM_WORDS; i++) {
            long word = random.nextLong();
            // A tophash present in the word, and one drawn at random.
            checkAgainstReference(word, Tophash.get(word, random.nextInt(8)));
            checkAgainstReference(word, random.nextInt(256));
        }
    }

    @Test
    void edgeByteWordsMatchTheReference() {
        SplittableRandom random = new SplittableRandom(4);
        for (int t = 0; t < 256; t++) {
            // Alphabet: the edge bytes and the neighbours of the tophash we look for.
            int[] alphabet = new int[EDGE_BYTES.length + 3];
            System.arraycopy(EDGE_BYTES, 0, alphabet, 0, EDGE_BYTES.length);
            alphabet[EDGE_BYTES.length] = t;
            alphabet[EDGE_BYTES.length + 1] = (t + 1) & 0xFF;
            alphabet[EDGE_BYTES.length + 2] = (t - 1) & 0xFF;
            for (int i = 0; i < 1_000; i++) {
                long word = 0;
                for (int slot = 0; slot < 8; slot++) {
                    word = Tophash.set(word, slot, alphabet[random.nextInt(alphabet.length)]);
                }
                checkAgainstReference(word, t);
            }
        }
    }

    @Test
    void everyByteNextToEveryEdgeByteMatchesTheReference() {
        // Exhaustive: each value v in each slot, with every edge byte in the slots on
        // either side (where borrows and carries of naive tricks land), looking for v,
        // for the edge byte and for the neighbours of v.
        for (int v = 0; v < 256; v++) {
            for (int edge : EDGE_BYTES) {
                for (int slot = 0; slot < 8; slot++) {
                    long word = Tophash.broadcast(edge);
                    word = Tophash.set(word, slot, v);
                    long alternating = 0;
                    for (int s = 0; s < 8; s++) {
                        alternating = Tophash.set(alternating, s, ((s ^ slot) & 1) == 0 ? v : edge);
                    }
                    for (long w : new long[] {word, alternating, ~word, Long.rotateLeft(word, 8)}) {
                        checkAgainstReference(w, v);
                        checkAgainstReference(w, edge);
                        checkAgainstReference(w, (v + 1) & 0xFF);
                        checkAgainstReference(w, (v - 1) & 0xFF);
                    }
                }
            }
        }
    }

    @Test
    void matchMasksWalkInSlotOrder() {
        long word = 0;
        int[] slots = {1, 4, 5, 7};
        for (int s : slots) {
            word = Tophash.set(word, s, 0x9C);
        }
        long mask = Tophash.match(word, 0x9C);
        assertEquals(slots.length, Long.bitCount(mask));
        for (int s : slots) {
            assertEquals(s, Tophash.firstSlot(mask));
            mask &= mask - 1;
        }
        assertEquals(0L, mask);
    }

    @Test
    void firstSlotOfEverySingleFlag() {
        for (int slot = 0; slot < 8; slot++) {
            long flag = 0x80L << (8 * slot);
            assertEquals(slot, Tophash.firstSlot(flag));
            assertEquals(slot, Tophash.firstSlot(flag | (flag << 8)));
        }
    }

    @Test
    void evacuatedLooksOnlyAtSlotZero() {
        for (int first = 0; first < 256; first++) {
            boolean expected = first >= Tophash.EVACUATED_X && first <= Tophash.EVACUATED_EMPTY;
            assertEquals(expected, Tophash.isEvacuated(Tophash.set(-1L, 0, first)), "slot 0 = " + first);
            assertEquals(expected, Tophash.isEvacuated(Tophash.set(0L, 0, first)), "slot 0 = " + first);
        }
        assertFalse(Tophash.isEvacuated(Tophash.set(0L, 1, Tophash.EVACUATED_X)));
    }

    @Test
    void markerValuesAreGos() {
        assertEquals(0, Tophash.EMPTY_REST);
        assertEquals(1, Tophash.EMPTY_ONE);
        assertEquals(2, Tophash.EVACUATED_X);
        assertEquals(3, Tophash.EVACUATED_Y);
        assertEquals(4, Tophash.EVACUATED_EMPTY);
        assertEquals(5, Tophash.MIN_TOP_HASH);
    }

    @Test
    void joinRebuildsAWordSplitIntoTwoInts() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            long word = random.nextLong();
            assertEquals(word, Tophash.join((int) word, (int) (word >>> 32)));
        }
        assertEquals(-1L, Tophash.join(-1, -1));
        assertEquals(0xFFFF_FFFFL, Tophash.join(-1, 0));
    }

    private static long refEmptyRestDown(long word, int slot) {
        for (int i = slot; i >= 0 && Tophash.get(word, i) == Tophash.EMPTY_ONE; i--) {
            word = Tophash.set(word, i, Tophash.EMPTY_REST);
        }
        return word;
    }

    @Test
    void emptyRestDownMarksTheRunOfEmptyOneSlotsEndingAtTheSlot() {
        int[] bytes = {Tophash.EMPTY_REST, Tophash.EMPTY_ONE, Tophash.EMPTY_ONE, Tophash.EVACUATED_X, 0x05, 0x80, 0xFF};
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 200_000; n++) {
            long word = 0;
            for (int i = 0; i < 8; i++) {
                word = Tophash.set(word, i, bytes[random.nextInt(bytes.length)]);
            }
            int slot = random.nextInt(8);
            long w = Tophash.set(word, slot, Tophash.EMPTY_ONE);
            assertEquals(
                    refEmptyRestDown(w, slot),
                    Tophash.emptyRestDown(w, slot),
                    () -> String.format("word %016x, slot %d", w, slot));
        }
        // Whole bucket: every slot EMPTY_ONE becomes a fresh (all EMPTY_REST) word.
        assertEquals(0L, Tophash.emptyRestDown(Tophash.broadcast(Tophash.EMPTY_ONE), 7));
        // Slots above the slot are left alone, even when EMPTY_ONE.
        long word = Tophash.broadcast(Tophash.EMPTY_ONE);
        assertEquals(Tophash.EMPTY_ONE, Tophash.get(Tophash.emptyRestDown(word, 3), 4));
        assertEquals(Tophash.EMPTY_REST, Tophash.get(Tophash.emptyRestDown(word, 3), 0));
        // The run stops at the first slot below that is not EMPTY_ONE.
        long stop = Tophash.set(word, 1, 0x90);
        long done = Tophash.emptyRestDown(stop, 5);
        assertEquals(Tophash.EMPTY_ONE, Tophash.get(done, 0));
        assertEquals(0x90, Tophash.get(done, 1));
        assertEquals(Tophash.EMPTY_REST, Tophash.get(done, 2));
        assertEquals(Tophash.EMPTY_REST, Tophash.get(done, 5));
    }
}
