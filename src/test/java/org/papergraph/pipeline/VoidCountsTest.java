package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.it.BuiltCorpus;
import org.papergraph.store.GraphStore;

/**
 * VoidDescriber counts on TDB2's sorted indexes; these tests recount the same figures another
 * way (sets in memory, SPARQL aggregates over the union graph) on real TDB2 stores.
 */
class VoidCountsTest {
    private static Node iri(String s) { return NodeFactory.createURI("http://example.org/" + s); }

    @Test
    void countsEqualARecountOnASmallStore(@TempDir Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            Node g1 = iri("g1"), g2 = iri("g2"), type = RDF.type.asNode();
            Node blank = NodeFactory.createBlankNode();
            Txn.executeWrite(dsg, () -> {
                // The same triples in two graphs count once (union of the named graphs).
                for (Node g : new Node[] {g1, g2}) {
                    dsg.add(g, iri("a"), type, iri("Paper"));
                    dsg.add(g, iri("a"), iri("title"), NodeFactory.createLiteralString("A"));
                }
                dsg.add(g1, iri("a"), type, iri("Work"));
                dsg.add(g2, iri("b"), type, iri("Paper"));
                dsg.add(g2, iri("b"), iri("cites"), iri("a"));
                dsg.add(g1, iri("c"), iri("cites"), iri("b"));           // untyped subject
                dsg.add(g1, blank, type, iri("Evidence"));              // typed, but not an IRI: no entity
                dsg.add(g1, blank, iri("about"), iri("a"));
                dsg.add(iri("z"), iri("z"), iri("title"), NodeFactory.createLiteralString("Z"));
                // The default graph is not part of the union the VoID describes.
                dsg.getDefaultGraph().add(Triple.create(iri("d"), type, iri("Paper")));
            });
            VoidDescriber.Counts counts = Txn.calculateRead(dsg, () -> VoidDescriber.count(dsg));
            VoidDescriber.Counts recount = Txn.calculateRead(dsg, () -> recountInMemory(dsg));
            assertEquals(recount, counts);
            assertEquals(9, counts.triples());
            assertEquals(5, counts.subjects());
            assertEquals(2, counts.entities());
            assertEquals(2L, counts.classEntities().get(iri("Paper")));
        } finally {
            TDBInternal.expel(dsg, true);
        }
    }

    @Test
    void countsOfTheBundledBuildEqualSparqlAggregates() {
        BuiltCorpus.ensureBuilt();
        try (GraphStore store = GraphStore.open(BuiltCorpus.STORE)) {
            DatasetGraph dsg = store.datasetGraph();
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            Txn.executeRead(dsg, () -> {
                VoidDescriber.Counts counts = VoidDescriber.count(dsg);
                // The store now holds graph/void too: recount the same union with SPARQL.
                assertEquals(one(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), counts.triples());
                assertEquals(one(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"), counts.subjects());
                assertEquals(one(dsg, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?t FILTER(isIRI(?e)) }"), counts.entities());
                assertEquals(grouped(dsg, "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { ?e a ?k } GROUP BY ?k"), counts.classEntities());
                assertEquals(grouped(dsg, "SELECT ?k (COUNT(*) AS ?n) { ?s ?k ?o } GROUP BY ?k"), counts.propertyTriples());
                assertTrue(counts.triples() > 100_000, "the bundled build has its ~170k quads");
            });
        }
    }

    private static VoidDescriber.Counts recountInMemory(DatasetGraph dsg) {
        Set<Triple> triples = new HashSet<>();
        dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        Set<Node> subjects = new HashSet<>(), entities = new HashSet<>();
        Map<Node, Set<Node>> perClass = new HashMap<>();
        Map<Node, Long> perProperty = new TreeMap<>(java.util.Comparator.comparing(Node::toString));
        for (Triple t : triples) {
            subjects.add(t.getSubject());
            perProperty.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.type.asNode())) {
                if (t.getSubject().isURI()) entities.add(t.getSubject());
                perClass.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        }
        Map<Node, Long> classes = new TreeMap<>(java.util.Comparator.comparing(Node::toString));
        perClass.forEach((k, v) -> classes.put(k, (long) v.size()));
        return new VoidDescriber.Counts(triples.size(), subjects.size(), entities.size(), classes, perProperty);
    }

    private static long one(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    private static Map<Node, Long> grouped(DatasetGraph dsg, String query) {
        Map<Node, Long> m = new TreeMap<>(java.util.Comparator.comparing(Node::toString));
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> m.put(b.get("k"), ((Number) b.get("n").getLiteralValue()).longValue()));
        }
        return m;
    }
}
