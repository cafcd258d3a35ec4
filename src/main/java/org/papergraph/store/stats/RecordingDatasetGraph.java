package org.papergraph.store.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset that records the quads really added to or deleted from the one it wraps, so that the
 * statistics can be brought up to date for what a write transaction touched instead of being
 * recomputed over the whole store. Writes must go through this wrapper to be seen.
 */
public final class RecordingDatasetGraph extends DatasetGraphWrapper {
    private final QuadChanges changes = new QuadChanges();

    public RecordingDatasetGraph(DatasetGraph dsg) { super(dsg); }

    /** What the writes through this wrapper changed so far. */
    public QuadChanges changes() { return changes; }

    @Override public void add(Quad q) {
        if (getW().contains(q)) return;
        getW().add(q);
        changes.added(stored(q));
    }

    @Override public void add(Node g, Node s, Node p, Node o) { add(Quad.create(g, s, p, o)); }

    @Override public void delete(Quad q) {
        deleteAny(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override public void delete(Node g, Node s, Node p, Node o) { delete(Quad.create(g, s, p, o)); }

    @Override public void deleteAny(Node g, Node s, Node p, Node o) {
        List<Quad> gone = new ArrayList<>();
        getW().find(g, s, p, o).forEachRemaining(gone::add);
        getW().deleteAny(g, s, p, o);
        gone.forEach(changes::deleted);
    }

    @Override public void removeGraph(Node graph) { deleteAny(graph, Node.ANY, Node.ANY, Node.ANY); }

    @Override public void addGraph(Node graph, org.apache.jena.graph.Graph g) {
        g.find().forEachRemaining(t -> add(Quad.create(graph, t)));
    }

    /**
     * The quad as the store gives it back: TDB2 keeps numbers by value, so "0.85"^^xsd:double is
     * read as "0.85e0"^^xsd:double, and the changes must name the terms that finds return.
     */
    private Quad stored(Quad q) {
        var it = getW().find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        return it.hasNext() ? it.next() : q;
    }

    @Override public void clear() { throw new UnsupportedOperationException("clearing the store is a rebuild, not an update"); }
}
