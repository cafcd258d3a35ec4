package org.papergraph.store.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.papergraph.pipeline.PaperRemover;
import org.papergraph.pipeline.PaperUpdater;
import org.papergraph.pipeline.UpdateInput;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;

/**
 * add and remove keep the statistics graph equal to a recomputation from the store, through new
 * papers, a paper moved from its title key to its arXiv key, curated tags (several relations from
 * one paper to one entity), a replaced source and removals; and the queries that read it answer as
 * the scanning queries they replaced. Real TDB2 stores (in memory), no mocks.
 */
class StatisticsMaintenanceTest {
    static final Iris IRIS = Iris.standard();
    static final Path FORMATS = Path.of("src/test/resources/formats");
    static final String SPARSE_MOA = "Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning";
    static final String ABSTRACT = "We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters.";

    final DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    final PaperUpdater updater = new PaperUpdater(IRIS);
    final PaperRemover remover = new PaperRemover(IRIS);

    @Test
    void addAndRemoveKeepTheStatisticsEqualToARecomputation() {
        // The first add finds no statistics graph and computes it whole; the later ones update it.
        add(UpdateInput.of("page.txt", (SPARSE_MOA + "\n" + ABSTRACT + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        checkStatistics("a title-only paper");
        add(fixture("hf-daily.json"));
        checkStatistics("hf-daily: the title-only paper moved to its arXiv key");
        add(fixture("pwc-papers-with-abstracts.json"));
        checkStatistics("pwc: curated tags");
        add(fixture("acl-2023.acl.xml"));
        add(fixture("arxiv-atom.xml"));
        checkStatistics("acl and arxiv-atom");
        add(fixture("hf-daily.json"));
        checkStatistics("hf-daily again: its papers replaced");
        remover.remove(dsg, List.of("2403.01234"));
        checkStatistics("removed arxiv-2403.01234");
        remover.remove(dsg, List.of("10.18653/v1/2023.acl-long.1"));
        checkStatistics("removed a DOI paper");
    }

    @Test
    void countsFollowAnAddAndARemove() {
        add(fixture("hf-daily.json"));
        long papers = papersInPartition();
        add(fixture("acl-2023.acl.xml"));
        assertEquals(papers + 2, papersInPartition(), "two ACL papers more");
        remover.remove(dsg, List.of("doi-10.18653-v1-2023.acl-long.1"));
        assertEquals(papers + 1, papersInPartition(), "one removed");
    }

    private void add(UpdateInput input) { updater.add(dsg, List.of(input), false); }

    private static UpdateInput fixture(String name) { return UpdateInput.of(FORMATS.resolve(name)); }

    /** The store's statistics graph is isomorphic to one computed from scratch, and the queries answer as the scanning ones. */
    private void checkStatistics(String step) {
        Graph maintained = statistics(dsg);
        DatasetGraph copy = DatabaseMgr.createDatasetGraph();
        Node graph = StatisticsGraph.iri(IRIS);
        Txn.executeRead(dsg, () -> Txn.executeWrite(copy, () -> {
            dsg.find().forEachRemaining(q -> { if (!q.getGraph().equals(graph)) copy.add(q); });
            StatisticsGraph.rebuild(copy, IRIS);
        }));
        Graph recomputed = statistics(copy);
        assertTrue(maintained.size() > 0, step);
        List<String> missing = new java.util.ArrayList<>(canonical(recomputed)), extra = new java.util.ArrayList<>(canonical(maintained));
        missing.removeAll(canonical(maintained));
        extra.removeAll(canonical(recomputed));
        assertEquals(List.of(), missing, step + ": missing from the maintained statistics (which have extra " + extra + ")");
        assertEquals(List.of(), extra, step + ": extra in the maintained statistics");
        assertTrue(maintained.isIsomorphicWith(recomputed), step);
        SameAnswers.assertAllSame(dsg);
    }

    /** The graph as sorted lines, each usage (a blank node) written out beside its entity, so a failure shows the difference. */
    private static List<String> canonical(Graph g) {
        List<String> lines = new java.util.ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank()) return;
            if (!t.getObject().isBlank()) { lines.add(t.toString()); return; }
            java.util.TreeSet<String> usage = new java.util.TreeSet<>();
            g.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(u -> usage.add(u.getPredicate().getLocalName() + "=" + u.getObject()));
            lines.add(t.getSubject() + " usage " + usage);
        });
        lines.sort(null);
        return lines;
    }

    private Graph statistics(DatasetGraph d) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(d, () -> d.find(StatisticsGraph.iri(IRIS), Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> g.add(q.asTriple())));
        return g;
    }

    private long papersInPartition() {
        String q = "PREFIX pg: <" + PG.NS + "> PREFIX void: <http://rdfs.org/ns/void#> SELECT ?count { ?statistics a pg:Statistics . "
            + "GRAPH ?statistics { ?statistics void:classPartition ?p . ?p void:class pg:Paper ; void:entities ?count } }";
        List<String> rows = SameAnswers.rows(dsg, q);
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).replaceAll("\\D*(\\d+).*", "$1"));
    }
}
