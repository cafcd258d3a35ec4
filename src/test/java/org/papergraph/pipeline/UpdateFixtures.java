package org.papergraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Iris;

/** Shared helpers of the update tests: fixture inputs and what a store holds about a paper. */
final class UpdateFixtures {
    static final Path FORMATS = Path.of("src/test/resources/formats");
    static final Iris IRIS = Iris.standard();
    static final String SPARSE_MOA = "Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning";
    static final String ABSTRACT = "We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters.";

    private UpdateFixtures() {}

    static UpdateInput fixture(String name) { return UpdateInput.of(FORMATS.resolve(name)); }

    /** A listing page (title line, abstract line) as an upload. */
    static UpdateInput listing(String name, String... titleAbstractPairs) {
        return UpdateInput.of(name, (String.join("\n", titleAbstractPairs) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of the papers in the store (subjects of dcterms:title in paper graphs). */
    static Set<String> paperKeys(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> keys = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY)
                .forEachRemaining(q -> { String k = IRIS.keyOf(q.getSubject()); if (k != null) keys.add(k); });
            return keys;
        });
    }

    /** The local names of a paper's graphs: "" for the paper graph, the source name for each source graph. */
    static Set<String> graphsOf(DatasetGraph dsg, String key) {
        String main = IRIS.paperGraph(key).getURI();
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().equals(main)) names.add("");
                else if (g.getURI().startsWith(main + "/")) names.add(g.getURI().substring(main.length() + 1));
            });
            return names;
        });
    }

    /** Every quad of the store, for before/after comparisons (blank nodes compare by their stored identity). */
    static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new java.util.HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    /** Whether the store holds this quad in any graph. */
    static boolean holds(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> dsg.find(g, s, p, o).hasNext());
    }
}
