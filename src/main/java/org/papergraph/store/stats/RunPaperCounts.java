package org.papergraph.store.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Vocab;

/**
 * How many papers of the store each extraction run generated ({@code run pg:paperCount N}: distinct
 * pg:Paper nodes with {@code prov:wasGeneratedBy run}); a re-added paper moves to its new run.
 * Kept up to date like the class partitions: per touched (paper, run), now minus before.
 */
final class RunPaperCounts {
    private static final Node GENERATED_BY = Vocab.prov("wasGeneratedBy");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PAPER = PG.Paper.asNode();

    private RunPaperCounts() {}

    /** Counts, for every paper, the runs it names once each. */
    static void computeAll(DatasetGraph dsg, Node graph) {
        StoreState now = StoreState.now(dsg, graph);
        Map<Node, Long> counts = new HashMap<>();
        Node last = null;
        Iterator<Quad> papers = dsg.find(Node.ANY, Node.ANY, TYPE, PAPER);
        while (papers.hasNext()) {
            Node p = papers.next().getSubject();
            if (p.equals(last)) continue;   // the same paper typed in another graph (POSG order keeps them together)
            last = p;
            for (Node run : now.objects(p, GENERATED_BY)) counts.merge(run, 1L, Long::sum);
        }
        counts.forEach((run, n) -> store(dsg, graph, run, n));
    }

    static void update(DatasetGraph dsg, Node graph, QuadChanges changes) {
        StoreState now = StoreState.now(dsg, graph);
        StoreState before = StoreState.before(dsg, graph, changes);
        Set<Quad> pairs = new HashSet<>();   // (paper, run)
        for (Quad q : changes.changed()) {
            Node s = q.getSubject();
            if (q.getPredicate().equals(GENERATED_BY)) pairs.add(pair(s, q.getObject()));
            else if (q.getPredicate().equals(TYPE) && q.getObject().equals(PAPER)) {
                // A paper that gained or lost its type changes the counts of the runs it names.
                for (Node run : now.objects(s, GENERATED_BY)) pairs.add(pair(s, run));
                for (Node run : before.objects(s, GENERATED_BY)) pairs.add(pair(s, run));
            }
        }
        Map<Node, Long> delta = new HashMap<>();
        for (Quad p : pairs) {
            int d = (counts(now, p) ? 1 : 0) - (counts(before, p) ? 1 : 0);
            if (d != 0) delta.merge(p.getObject(), (long) d, Long::sum);
        }
        delta.forEach((run, d) -> store(dsg, graph, run, stored(dsg, graph, run) + d));
    }

    private static Quad pair(Node paper, Node run) { return Quad.create(Quad.defaultGraphIRI, paper, GENERATED_BY, run); }

    private static boolean counts(StoreState state, Quad pair) {
        return state.contains(pair.getSubject(), GENERATED_BY, pair.getObject()) && state.contains(pair.getSubject(), TYPE, PAPER);
    }

    private static long stored(DatasetGraph dsg, Node graph, Node run) {
        Iterator<Quad> it = dsg.find(graph, run, EntityStatistics.PAPER_COUNT, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static void store(DatasetGraph dsg, Node graph, Node run, long n) {
        dsg.deleteAny(graph, run, EntityStatistics.PAPER_COUNT, Node.ANY);
        if (n > 0) dsg.add(graph, run, EntityStatistics.PAPER_COUNT, EntityStatistics.integer(n));
    }
}
