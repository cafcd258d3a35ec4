package org.papergraph.nlp;

import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded memo from a model context (its feature strings, or what they are made of) to the
 * outcomes that survive the beam for it, shared by all threads of the process: a context one
 * thread has paid for (~860 exps) is free for the others, and for later builds and updates.
 * Storage is a {@link GenerationalMemo}, so memory does not grow with the corpus; values are a
 * pure function of their key.
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

    private final GenerationalMemo<Object, Survivors> entries;
    private final LongAdder lookups = new LongAdder();
    private final LongAdder hits = new LongAdder();

    /** A memo of at most {@code capacity} entries (at least 2). */
    OutcomeMemo(int capacity) {
        this.entries = new GenerationalMemo<>(capacity);
    }

    /** The memoized survivors of a context key, or null. Callers report their lookups and hits with {@link #count}. */
    Survivors get(Object key) { return entries.get(key); }

    /** Adds lookups and the hits among them (evaluations the memo saved) to the statistics. */
    void count(long lookupCount, long hitCount) {
        lookups.add(lookupCount);
        hits.add(hitCount);
        ALL_LOOKUPS.add(lookupCount);
        ALL_HITS.add(hitCount);
    }

    /** Remembers the survivors of a context key and returns them. */
    Survivors put(Object key, Survivors survivors) { return entries.put(key, survivors); }

    /** Entries held now (both generations). */
    int size() { return entries.size(); }

    long lookups() { return lookups.sum(); }

    long hits() { return hits.sum(); }

    /** One string for a context: each feature prefixed by its length, so no two contexts share a key. */
    static String key(String[] context) {
        StringBuilder sb = new StringBuilder(context.length * 12);
        for (String feature : context) sb.append(feature.length()).append(':').append(feature);
        return sb.toString();
    }
}
