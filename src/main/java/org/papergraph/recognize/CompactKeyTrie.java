package org.papergraph.recognize;

import java.util.Arrays;

/**
 * A character trie of strings (the vocabulary's label keys without their spaces), with the edges in
 * one open-addressing table: ~10k labels make ~100k edges, and a walk costs one probe a character.
 */
final class CompactKeyTrie {
    static final int ROOT = 0;
    static final int NONE = -1;
    private static final long EMPTY = -1L;

    private long[] edges = new long[1 << 10];   // (node << 16 | char), EMPTY when free
    private int[] children = new int[1 << 10];
    private int edgeCount;
    private int nodeCount = 1;

    CompactKeyTrie() { Arrays.fill(edges, EMPTY); }

    /** Adds a string and all its prefixes. */
    void add(String s) {
        int node = ROOT;
        for (int i = 0; i < s.length(); i++) {
            int next = child(node, s.charAt(i));
            if (next == NONE) {
                next = nodeCount++;
                put(edge(node, s.charAt(i)), next);
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
            if (k == e) return children[slot];
            if (k == EMPTY) return NONE;
        }
    }

    /** Whether s is a prefix of (or equal to) some added string. */
    boolean isPrefix(String s) {
        int node = ROOT;
        for (int i = 0; i < s.length() && node != NONE; i++) node = child(node, s.charAt(i));
        return node != NONE;
    }

    private void put(long e, int child) {
        if (2 * (edgeCount + 1) > edges.length) grow();
        int mask = edges.length - 1;
        int slot = slot(e, mask);
        while (edges[slot] != EMPTY) slot = (slot + 1) & mask;
        edges[slot] = e;
        children[slot] = child;
        edgeCount++;
    }

    private void grow() {
        long[] oldEdges = edges;
        int[] oldChildren = children;
        edges = new long[oldEdges.length * 2];
        children = new int[oldEdges.length * 2];
        Arrays.fill(edges, EMPTY);
        edgeCount = 0;
        for (int i = 0; i < oldEdges.length; i++) if (oldEdges[i] != EMPTY) put(oldEdges[i], oldChildren[i]);
    }

    private static long edge(int node, char c) { return (long) node << 16 | c; }

    private static int slot(long e, int mask) {
        long h = e * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
