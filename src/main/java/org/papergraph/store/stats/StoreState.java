package org.papergraph.store.stats;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's triples (in any graph but the statistics graph) as they are now, or as they were
 * before a transaction whose changes are known: the before-state is derived, never copied.
 */
final class StoreState {
    private final DatasetGraph dsg;
    private final Node statistics;
    private final QuadChanges changes;   // null: the state now

    private StoreState(DatasetGraph dsg, Node statistics, QuadChanges changes) {
        this.dsg = dsg;
        this.statistics = statistics;
        this.changes = changes;
    }

    static StoreState now(DatasetGraph dsg, Node statistics) { return new StoreState(dsg, statistics, null); }

    static StoreState before(DatasetGraph dsg, Node statistics, QuadChanges changes) { return new StoreState(dsg, statistics, changes); }

    /** Whether some graph holds the triple. */
    boolean contains(Node s, Node p, Node o) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(statistics) && (changes == null || !changes.isNew(q))) return true;
        }
        if (changes != null)
            for (Quad q : changes.deletedAbout(s)) if (q.getPredicate().equals(p) && q.getObject().equals(o)) return true;
        return false;
    }

    /** The objects of the subject's triples with this predicate. */
    Set<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(statistics) && (changes == null || !changes.isNew(q))) out.add(q.getObject());
        }
        if (changes != null)
            for (Quad q : changes.deletedAbout(s)) if (q.getPredicate().equals(p)) out.add(q.getObject());
        return out;
    }
}
