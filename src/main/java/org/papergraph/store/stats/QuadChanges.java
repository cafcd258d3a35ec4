package org.papergraph.store.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The net effect of a write transaction on the store's quads: a quad removed and put back is no
 * change. Only real changes are recorded (see {@link RecordingDatasetGraph}), so the state before
 * the transaction is the store now, minus what was added, plus what was deleted.
 */
public final class QuadChanges {
    private final Map<Quad, Integer> delta = new HashMap<>();
    private Map<Node, List<Quad>> deletedBySubject;   // built on first use, after the writes

    void added(Quad q) { record(q, +1); }

    void deleted(Quad q) { record(q, -1); }

    private void record(Quad q, int d) {
        deletedBySubject = null;
        delta.merge(q, d, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** Whether the quad is in the store now but was not before the transaction. */
    public boolean isNew(Quad q) { return delta.getOrDefault(q, 0) > 0; }

    /** The quads that were in the store before the transaction and are not any more. */
    public List<Quad> deleted() { return delta.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList(); }

    /** The deleted quads whose subject is {@code s}. */
    public List<Quad> deletedAbout(Node s) {
        if (deletedBySubject == null) {
            deletedBySubject = new HashMap<>();
            for (Quad q : deleted()) deletedBySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        }
        return deletedBySubject.getOrDefault(s, List.of());
    }

    /** Every quad added or deleted, net. */
    public Iterable<Quad> changed() { return delta.keySet(); }

    public boolean isEmpty() { return delta.isEmpty(); }
}
