package org.papergraph.store.stats;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID class partitions: how many distinct nodes each class has in the store (outside the
 * statistics graph), kept up to date by adding, per touched node and class, whether it is typed so
 * now minus whether it was before.
 * <pre>
 * graph:statistics void:classPartition &lt;graph/statistics#class-{class}&gt; .
 * &lt;graph/statistics#class-{class}&gt; void:class pg:Paper ; void:entities 485 .
 * </pre>
 */
final class ClassPartitions {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node CLASS_PARTITION = NodeFactory.createURI(VOID + "classPartition");
    private static final Node CLASS = NodeFactory.createURI(VOID + "class");
    private static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");
    private static final Node TYPE = RDF.type.asNode();

    private ClassPartitions() {}

    /**
     * Counts every class in one pass over the type triples, in constant memory: TDB2 answers
     * (any graph, ?s, rdf:type, ?class) from its POSG index, so each class's subjects come together
     * and a node typed in several graphs (an entity, in every paper that names it) comes as
     * consecutive quads. A class met again after another one would break that; it is refused.
     */
    static void computeAll(DatasetGraph dsg, Node graph) {
        Map<Node, Long> counts = new HashMap<>();
        Node lastClass = null, lastSubject = null;
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TYPE, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(graph)) continue;
            Node c = q.getObject(), s = q.getSubject();
            if (!c.equals(lastClass)) {
                if (counts.containsKey(c)) throw new IllegalStateException("type triples not grouped by class: the store's index order changed");
                lastClass = c;
                lastSubject = null;
            }
            if (!s.equals(lastSubject)) counts.merge(c, 1L, Long::sum);
            lastSubject = s;
        }
        counts.forEach((c, n) -> store(dsg, graph, c, n));
    }

    /** Adds the changes' effect on the count of every class a changed type triple names. */
    static void update(DatasetGraph dsg, Node graph, QuadChanges changes) {
        StoreState now = StoreState.now(dsg, graph);
        StoreState before = StoreState.before(dsg, graph, changes);
        Set<Quad> pairs = new HashSet<>();   // (subject, class), once each
        for (Quad q : changes.changed())
            if (q.getPredicate().equals(TYPE)) pairs.add(Quad.create(Quad.defaultGraphIRI, q.getSubject(), TYPE, q.getObject()));
        Map<Node, Long> delta = new HashMap<>();
        for (Quad p : pairs) {
            int d = (now.contains(p.getSubject(), TYPE, p.getObject()) ? 1 : 0) - (before.contains(p.getSubject(), TYPE, p.getObject()) ? 1 : 0);
            if (d != 0) delta.merge(p.getObject(), (long) d, Long::sum);
        }
        delta.forEach((c, d) -> store(dsg, graph, c, stored(dsg, graph, c) + d));
    }

    private static long stored(DatasetGraph dsg, Node graph, Node c) {
        Iterator<Quad> it = dsg.find(graph, partition(graph, c), ENTITIES, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static void store(DatasetGraph dsg, Node graph, Node c, long n) {
        Node partition = partition(graph, c);
        dsg.deleteAny(graph, partition, Node.ANY, Node.ANY);
        dsg.delete(graph, graph, CLASS_PARTITION, partition);
        if (n <= 0) return;
        dsg.add(graph, graph, CLASS_PARTITION, partition);
        dsg.add(graph, partition, CLASS, c);
        dsg.add(graph, partition, ENTITIES, EntityStatistics.integer(n));
    }

    /** {@code {graph}#class-{ENCODE_FOR_URI(class)}}, as the VoID description names its partitions. */
    static Node partition(Node graph, Node c) {
        return NodeFactory.createURI(graph.getURI() + "#class-" + encodeForUri(c.isURI() ? c.getURI() : c.toString()));
    }

    /** SPARQL's ENCODE_FOR_URI: everything but the unreserved characters, percent-encoded as UTF-8. */
    static String encodeForUri(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') out.append(c);
            else out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
