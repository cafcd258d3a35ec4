package org.papergraph.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, least-recently-used memo from a model context (its feature strings, or what they are made of) to the outcomes
 * that survive the beam for it. Bounded so memory does not grow with the corpus; one per thread.
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

    private final Map<Object, Survivors> entries;
    private long lookups;
    private long hits;

    OutcomeMemo(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Survivors> eldest) { return size() > capacity; }
        };
    }

    /** The memoized survivors of a context key, or null. */
    Survivors get(Object key) {
        lookups++;
        ALL_LOOKUPS.increment();
        Survivors s = entries.get(key);
        if (s != null) {
            hits++;
            ALL_HITS.increment();
        }
        return s;
    }

    /** Remembers the survivors of a context key and returns them. */
    Survivors put(Object key, Survivors survivors) {
        entries.put(key, survivors);
        return survivors;
    }

    long lookups() { return lookups; }

    long hits() { return hits; }

    /** One string for a context: each feature prefixed by its length, so no two contexts share a key. */
    static String key(String[] context) {
        StringBuilder sb = new StringBuilder(context.length * 12);
        for (String feature : context) sb.append(feature.length()).append(':').append(feature);
        return sb.toString();
    }
}
