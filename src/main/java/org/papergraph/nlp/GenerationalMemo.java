package org.papergraph.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded memo shared by all threads: two generations of at most half the capacity each; when
 * the young one fills, it becomes the old one and the old one is dropped, and a hit in the old one
 * is copied to the young one, so entries in use stay (an approximate LRU without a lock on reads).
 * Bounded so memory does not grow with the corpus. Meant for values that are a pure function of
 * their key: a race that loses or repeats a put only costs a recomputation, never a different answer.
 */
final class GenerationalMemo<K, V> {
    private final int generation;
    private volatile Map<K, V> young;
    private volatile Map<K, V> old = Map.of();

    /** A memo of at most {@code capacity} entries (at least 2). */
    GenerationalMemo(int capacity) {
        this.generation = Math.max(1, capacity / 2);
        this.young = newGeneration();
    }

    /** The memoized value of a key, or null. */
    V get(K key) {
        V v = young.get(key);
        if (v == null) {
            v = old.get(key);
            if (v != null) put(key, v);   // still in use: keep it past the next rotation
        }
        return v;
    }

    /** Remembers the value of a key and returns it. */
    V put(K key, V value) {
        Map<K, V> y = young;
        y.put(key, value);
        if (y.size() >= generation) rotate(y);
        return value;
    }

    /** Entries held now (both generations). */
    int size() { return young.size() + old.size(); }

    private synchronized void rotate(Map<K, V> full) {
        if (young != full) return;   // another thread rotated it already
        old = full;
        young = newGeneration();
    }

    private Map<K, V> newGeneration() {
        return new ConcurrentHashMap<>(Math.min(generation, 1 << 16) * 4 / 3 + 1);
    }
}
