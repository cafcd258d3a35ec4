package org.papergraph.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded memo from a model context (its feature strings, or what they are made of) to the
 * outcomes that survive the beam for it, shared by all threads of the process: a context one
 * thread has paid for (~860 exps) is free for the others, and for later builds and updates.
 * Bounded so memory does not grow with the corpus: two generations of at most half the capacity
 * each; when the young one fills, it becomes the old one and the old one is dropped, and a hit in
 * the old one is copied to the young one, so recently used contexts stay (an approximate LRU
 * without a lock on reads). Values are a pure function of their key, so a race that loses or
 * repeats a put only costs a re-evaluation, never a different answer.
 */
final class OutcomeMemo {
    /** Outcome ids and their probabilities, in outcome order. */
    record Survivors(int[] outcomes, double[] probs) {
        int size() { return outcomes.length; }

        int outcome(int i) { return outcomes[i]; }

        double prob(int i) { return probs[i]; }
    }

    /** Lookups and hits of every memo of the process, for the benchmark's report. */
    static final LongAdder ALL_LOOKUPS = new LongAdder();
    static final LongAdder ALL_HITS = new LongAdder();

    private final int generation;
    private volatile Map<Object, Survivors> young;
    private volatile Map<Object, Survivors> old = Map.of();
    private final LongAdder lookups = new LongAdder();
    private final LongAdder hits = new LongAdder();

    /** A memo of at most {@code capacity} entries (at least 2). */
    OutcomeMemo(int capacity) {
        this.generation = Math.max(1, capacity / 2);
        this.young = new ConcurrentHashMap<>(Math.min(generation, 1 << 16) * 4 / 3 + 1);
    }

    /** The memoized survivors of a context key, or null. Callers report their lookups and hits with {@link #count}. */
    Survivors get(Object key) {
        Survivors s = young.get(key);
        if (s == null) {
            s = old.get(key);
            if (s != null) put(key, s);   // still in use: keep it past the next rotation
        }
        return s;
    }

    /** Adds lookups and the hits among them (evaluations the memo saved) to the statistics. */
    void count(long lookupCount, long hitCount) {
        lookups.add(lookupCount);
        hits.add(hitCount);
        ALL_LOOKUPS.add(lookupCount);
        ALL_HITS.add(hitCount);
    }

    /** Remembers the survivors of a context key and returns them. */
    Survivors put(Object key, Survivors survivors) {
        Map<Object, Survivors> y = young;
        y.put(key, survivors);
        if (y.size() >= generation) rotate(y);
        return survivors;
    }

    private synchronized void rotate(Map<Object, Survivors> full) {
        if (young != full) return;   // another thread rotated it already
        old = full;
        young = new ConcurrentHashMap<>(Math.min(generation, 1 << 16) * 4 / 3 + 1);
    }

    /** Entries held now (both generations). */
    int size() { return young.size() + old.size(); }

    long lookups() { return lookups.sum(); }

    long hits() { return hits.sum(); }

    /** One string for a context: each feature prefixed by its length, so no two contexts share a key. */
    static String key(String[] context) {
        StringBuilder sb = new StringBuilder(context.length * 12);
        for (String feature : context) sb.append(feature.length()).append(':').append(feature);
        return sb.toString();
    }
}
