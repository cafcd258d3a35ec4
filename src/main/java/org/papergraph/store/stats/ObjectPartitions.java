package org.papergraph.store.stats;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.rdf.PG;

/**
 * For one predicate, how many distinct subjects have each of its objects, in the store outside the
 * statistics graph: VoID class partitions for rdf:type, and confidence partitions for pg:confidence
 * (which confidence values the evidence has, so a threshold query looks up the values below it
 * instead of scanning all evidence). Kept up to date by adding, per touched (subject, object),
 * whether the store holds it now minus whether it held it before.
 * <pre>
 * graph:statistics void:classPartition &lt;graph/statistics#class-{class}&gt; .
 * &lt;graph/statistics#class-{class}&gt; void:class pg:Paper ; void:entities 485 .
 * graph:statistics pg:confidencePartition &lt;graph/statistics#confidence-{value}&gt; .
 * &lt;graph/statistics#confidence-{value}&gt; pg:confidenceValue 0.4e0 ; void:entities 12 .
 * </pre>
 */
final class ObjectPartitions {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");

    /** rdf:type: nodes per class. */
    static final ObjectPartitions CLASSES = new ObjectPartitions(RDF.type.asNode(), "class-",
        NodeFactory.createURI(VOID + "classPartition"), NodeFactory.createURI(VOID + "class"));
    /** pg:confidence: evidence per confidence value. */
    static final ObjectPartitions CONFIDENCES = new ObjectPartitions(PG.confidence.asNode(), "confidence-",
        PG.confidencePartition.asNode(), PG.confidenceValue.asNode());

    private final Node predicate;
    private final String fragment;
    private final Node partitionLink;
    private final Node valueLink;

    private ObjectPartitions(Node predicate, String fragment, Node partitionLink, Node valueLink) {
        this.predicate = predicate;
        this.fragment = fragment;
        this.partitionLink = partitionLink;
        this.valueLink = valueLink;
    }

    /**
     * Counts every object in one pass over the predicate's triples, in constant memory: TDB2 answers
     * (any graph, ?s, p, ?o) from its POSG index, so each object's subjects come together and a
     * triple held in several graphs (an entity's type, in every paper that names it) comes as
     * consecutive quads. An object met again after another one would break that; it is refused.
     */
    void computeAll(DatasetGraph dsg, Node graph) {
        Map<Node, Long> counts = new HashMap<>();
        Node lastObject = null, lastSubject = null;
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(graph)) continue;
            Node o = q.getObject(), s = q.getSubject();
            if (!o.equals(lastObject)) {
                if (counts.containsKey(o)) throw new IllegalStateException("triples of " + predicate + " not grouped by object: the store's index order changed");
                lastObject = o;
                lastSubject = null;
            }
            if (!s.equals(lastSubject)) counts.merge(o, 1L, Long::sum);
            lastSubject = s;
        }
        counts.forEach((o, n) -> store(dsg, graph, o, n));
    }

    /** Adds the changes' effect on the count of every object a changed triple of the predicate names. */
    void update(DatasetGraph dsg, Node graph, QuadChanges changes) {
        StoreState now = StoreState.now(dsg, graph);
        StoreState before = StoreState.before(dsg, graph, changes);
        Set<Quad> pairs = new HashSet<>();   // (subject, object), once each
        for (Quad q : changes.changed())
            if (q.getPredicate().equals(predicate)) pairs.add(Quad.create(Quad.defaultGraphIRI, q.getSubject(), predicate, q.getObject()));
        Map<Node, Long> delta = new HashMap<>();
        for (Quad p : pairs) {
            int d = (now.contains(p.getSubject(), predicate, p.getObject()) ? 1 : 0) - (before.contains(p.getSubject(), predicate, p.getObject()) ? 1 : 0);
            if (d != 0) delta.merge(p.getObject(), (long) d, Long::sum);
        }
        delta.forEach((o, d) -> store(dsg, graph, o, stored(dsg, graph, o) + d));
    }

    private long stored(DatasetGraph dsg, Node graph, Node o) {
        Iterator<Quad> it = dsg.find(graph, partition(graph, o), ENTITIES, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private void store(DatasetGraph dsg, Node graph, Node o, long n) {
        Node partition = partition(graph, o);
        dsg.deleteAny(graph, partition, Node.ANY, Node.ANY);
        dsg.delete(graph, graph, partitionLink, partition);
        if (n <= 0) return;
        dsg.add(graph, graph, partitionLink, partition);
        dsg.add(graph, partition, valueLink, o);
        dsg.add(graph, partition, ENTITIES, EntityStatistics.integer(n));
    }

    /** {@code {graph}#class-{ENCODE_FOR_URI(class IRI)}} (as the VoID description names its partitions), or of the value's N-Triples form. */
    private Node partition(Node graph, Node o) {
        return NodeFactory.createURI(graph.getURI() + "#" + fragment + encodeForUri(o.isURI() ? o.getURI() : NodeFmtLib.strNT(o)));
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
