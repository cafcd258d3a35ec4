package org.papergraph.recognize;

import java.util.Arrays;

/**
 * A character trie of strings (the vocabulary's label keys without their spaces), with the edges in
 * one open-addressing table: ~10k labels make ~100k edges, and a walk costs one probe a character.
 * An edge is one long (parent node, character, child node), so a probe reads one array slot: the
 * table is larger than the CPU caches, and the walk runs for most tokens of every text.
 */
final class CompactKeyTrie {
    static final int ROOT = 0;
    static final int NONE = -1;
    private static final long EMPTY = -1L;
    /** Bits of a node number in an edge; the table holds at most this many nodes. */
    private static final int NODE_BITS = 24;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;

    private long[] edges = new long[1 << 10];   // parent << 40 | char << 24 | child, EMPTY when free
    private int edgeCount;
    private int nodeCount = 1;

    CompactKeyTrie() { Arrays.fill(edges, EMPTY); }

    /** Adds a string and all its prefixes. */
    void add(String s) {
        int node = ROOT;
        for (int i = 0; i < s.length(); i++) {
            int next = child(node, s.charAt(i));
            if (next == NONE) {
                if (nodeCount == NODE_MASK) throw new IllegalStateException("trie full: " + nodeCount + " nodes");
                next = nodeCount++;
                put(edge(node, s.charAt(i)) << NODE_BITS | next);
            }
            node = next;
        }
    }

    /** The node after reading c at node, or NONE when no added string continues that way. */
    int child(int node, char c) {
        long e = edge(node, c);
        int mask = edges.length - 1;
        for (int slot = slot(e, mask); ; slot = (slot + 1) & mask) {
            long k = edges[slot];
            if (k == EMPTY) return NONE;
            if (k >>> NODE_BITS == e) return (int) (k & NODE_MASK);
        }
    }

    /** Whether s is a prefix of (or equal to) some added string. */
    boolean isPrefix(String s) {
        int node = ROOT;
        for (int i = 0; i < s.length() && node != NONE; i++) node = child(node, s.charAt(i));
        return node != NONE;
    }

    private void put(long entry) {
        if (2 * (edgeCount + 1) > edges.length) grow();
        int mask = edges.length - 1;
        int slot = slot(entry >>> NODE_BITS, mask);
        while (edges[slot] != EMPTY) slot = (slot + 1) & mask;
        edges[slot] = entry;
        edgeCount++;
    }

    private void grow() {
        long[] old = edges;
        edges = new long[old.length * 2];
        Arrays.fill(edges, EMPTY);
        edgeCount = 0;
        for (long entry : old) if (entry != EMPTY) put(entry);
    }

    /** Parent node and character: the key of an edge (at most 40 bits). */
    private static long edge(int node, char c) { return (long) node << 16 | c; }

    private static int slot(long e, int mask) {
        long h = e * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
