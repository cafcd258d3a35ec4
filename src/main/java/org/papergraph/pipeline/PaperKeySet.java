package org.papergraph.pipeline;

import java.nio.charset.StandardCharsets;

/**
 * The set of paper keys seen in a build, to drop duplicates, kept as 64-bit hashes in one open-
 * addressing array: 8-16 bytes a paper instead of ~120 for a HashSet of strings (about 16 MB for
 * a million papers rather than 120 MB). Two distinct keys share a hash with probability about
 * n^2 / 2^65 (3e-8 for a million papers), far below the 48-bit title hashes the keys already use.
 */
final class PaperKeySet {
    private long[] slots = new long[1 << 12];
    private int size;
    private boolean zeroSeen;   // 0 marks an empty slot, so the hash 0 is remembered apart

    /** Adds a key; returns false when it was already there. */
    boolean add(String key) {
        long h = hash(key);
        if (h == 0) {
            boolean added = !zeroSeen;
            zeroSeen = true;
            return added;
        }
        if ((size + 1) * 4L > slots.length * 3L) grow();
        if (!insert(slots, h)) return false;
        size++;
        return true;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) return false;
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) if (h != 0) insert(slots, h);
    }

    /** FNV-1a over the UTF-8 bytes, then SplitMix64's finaliser so every bit depends on every byte. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
