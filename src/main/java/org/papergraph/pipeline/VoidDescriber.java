package org.papergraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.rdf.Iris;

/**
 * Writes the VoID description of a built store into its {@code graph/void} named graph. The fixed
 * description and the example resources come from the query {@code linked/void.rq}; the counts
 * (triples, distinct subjects, entities, class, property and link partitions) are computed here
 * over the union of the named graphs (distinct triples, as a SPARQL query over TDB2's union
 * default graph sees them) by scanning TDB2's sorted quad indexes, so the memory they take does
 * not grow with the store: SPOG gives every triple with its subject adjacent (and the copies of a
 * triple in several graphs adjacent), POSG gives the {@code rdf:type} triples grouped by class
 * with their subjects adjacent. Only one counter per class and per property is kept. Dumps are
 * added later by {@code papergraph export} when it writes into the store's dumps folder.
 */
public final class VoidDescriber {
    private VoidDescriber() {}

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node VOID_TRIPLES = NodeFactory.createURI(VOID + "triples");
    private static final Node VOID_ENTITIES = NodeFactory.createURI(VOID + "entities");
    /** Predicates whose triples are links, each described as a {@code void:Linkset}. */
    static final List<Node> LINK_PREDICATES = List.of(
        NodeFactory.createURI("https://w3id.org/papergraph/ontology#codeRepository"),
        NodeFactory.createURI("https://w3id.org/papergraph/ontology#projectPage"),
        NodeFactory.createURI("https://w3id.org/papergraph/ontology#variantOf"),
        NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#broader"));

    /** The IRI of the VoID dataset description: {@code {base}void}. */
    public static String datasetIri(Iris iris) { return iris.base() + "void"; }

    /** The counts of a VoID description, over the union of the named graphs. */
    public record Counts(long triples, long subjects, long entities, Map<Node, Long> classEntities, Map<Node, Long> propertyTriples) {}

    /** Computes the VoID graph and stores it, in a write transaction. */
    public static void describe(Iris iris, DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Graph description = Txn.calculateRead(dsg, () -> description(iris, dsg, count(dsg)));
        Node graph = iris.graph("void");
        Txn.executeWrite(dsg, () -> description.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    private static Graph description(Iris iris, DatasetGraph dsg, Counts counts) {
        String datasetIri = datasetIri(iris);
        ParameterizedSparqlString query = new ParameterizedSparqlString(read());
        query.setIri("dataset", datasetIri);
        query.setParam("triples", integer(counts.triples()));
        query.setParam("subjects", integer(counts.subjects()));
        query.setParam("entities", integer(counts.entities()));
        Graph description = GraphFactory.createDefaultGraph();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query.asQuery()).build()) {
            exec.construct().find().forEachRemaining(description::add);
        }
        Node dataset = NodeFactory.createURI(datasetIri);
        counts.classEntities().forEach((type, n) -> {
            Node partition = partition(datasetIri, "#class-", type);
            description.add(Triple.create(dataset, node(VOID + "classPartition"), partition));
            description.add(Triple.create(partition, node(VOID + "class"), type));
            description.add(Triple.create(partition, VOID_ENTITIES, integer(n)));
        });
        counts.propertyTriples().forEach((property, n) -> {
            Node partition = partition(datasetIri, "#property-", property);
            description.add(Triple.create(dataset, node(VOID + "propertyPartition"), partition));
            description.add(Triple.create(partition, node(VOID + "property"), property));
            description.add(Triple.create(partition, VOID_TRIPLES, integer(n)));
        });
        for (Node predicate : LINK_PREDICATES) {
            Long n = counts.propertyTriples().get(predicate);
            if (n == null) continue;
            Node linkset = partition(datasetIri, "#links-", predicate);
            description.add(Triple.create(dataset, node(VOID + "subset"), linkset));
            description.add(Triple.create(linkset, RDF.type.asNode(), node(VOID + "Linkset")));
            description.add(Triple.create(linkset, node(VOID + "linkPredicate"), predicate));
            description.add(Triple.create(linkset, VOID_TRIPLES, integer(n)));
            description.add(Triple.create(linkset, node(VOID + "target"), dataset));
        }
        return description;
    }

    /**
     * Counts, in a read transaction the caller holds, over the named graphs of a TDB2 dataset: the
     * distinct triples, subjects, IRI subjects with a type, subjects per class and triples per
     * property. Memory: one counter per class and per property.
     */
    public static Counts count(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) throw new IllegalArgumentException("not a TDB2 dataset: " + dsg.getClass().getName());
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        boolean typesExist = type != null && !NodeId.isDoesNotExist(type);

        // SPOG: tuples come back in GSPO column order, sorted by S, P, O, then G.
        TupleIndex spog = index(quads, "SPOG");
        Map<NodeId, long[]> perProperty = new java.util.HashMap<>();
        long triples = 0, subjects = 0, entities = 0;
        NodeId s0 = null, p0 = null, o0 = null;
        boolean typed = false;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            NodeId s = q.get(1), p = q.get(2), o = q.get(3);
            boolean newSubject = !s.equals(s0);
            if (!newSubject && p.equals(p0) && o.equals(o0)) continue; // the same triple in another graph
            if (newSubject) {
                if (typed && nodes.getNodeForNodeId(s0).isURI()) entities++;
                subjects++;
                typed = false;
                s0 = s;
            }
            p0 = p;
            o0 = o;
            triples++;
            perProperty.computeIfAbsent(p, k -> new long[1])[0]++;
            if (typesExist && p.equals(type)) typed = true;
        }
        if (typed && nodes.getNodeForNodeId(s0).isURI()) entities++;

        // POSG with P = rdf:type: sorted by class, then subject, then graph.
        Map<Node, Long> perClass = new TreeMap<>(BY_STRING);
        if (typesExist) {
            TupleIndex posg = index(quads, "POSG");
            NodeId c0 = null, e0 = null;
            long n = 0;
            Tuple<NodeId> pattern = org.apache.jena.atlas.lib.tuple.TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, type, NodeId.NodeIdAny);
            for (Iterator<Tuple<NodeId>> it = posg.find(pattern); it.hasNext(); ) {
                Tuple<NodeId> q = it.next();
                NodeId e = q.get(1), c = q.get(3);
                if (!c.equals(c0)) {
                    if (c0 != null) perClass.put(nodes.getNodeForNodeId(c0), n);
                    c0 = c;
                    e0 = null;
                    n = 0;
                }
                if (!e.equals(e0)) n++;
                e0 = e;
            }
            if (c0 != null) perClass.put(nodes.getNodeForNodeId(c0), n);
        }
        Map<Node, Long> properties = new TreeMap<>(BY_STRING);
        perProperty.forEach((id, n) -> properties.put(nodes.getNodeForNodeId(id), n[0]));
        return new Counts(triples, subjects, entities, perClass, properties);
    }

    private static final java.util.Comparator<Node> BY_STRING = java.util.Comparator.comparing(Node::toString);

    private static TupleIndex index(NodeTupleTable table, String name) {
        for (TupleIndex index : table.getTupleTable().getIndexes())
            if (index.getName().equals(name)) return index;
        throw new IllegalStateException("the store has no " + name + " index");
    }

    /** A partition's IRI, as {@code IRI(CONCAT(STR(?dataset), prefix, ENCODE_FOR_URI(STR(?x))))} makes it. */
    private static Node partition(String datasetIri, String prefix, Node of) {
        String encoded = XSDFuncOp.strEncodeForURI(NodeValue.makeString(of.getURI())).getString();
        return NodeFactory.createURI(datasetIri + prefix + encoded);
    }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private static Node node(String iri) { return NodeFactory.createURI(iri); }

    private static String read() {
        try (InputStream in = VoidDescriber.class.getClassLoader().getResourceAsStream("linked/void.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
