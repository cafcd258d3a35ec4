package org.papergraph.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.Var;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.GraphStore;

/**
 * What a dump keeps. {@code construct}: a SPARQL CONSTRUCT over the store selects the statements.
 * {@code types}: entities of other classes are left out, with every statement about or pointing to
 * them and their evidence. {@code minConfidence}: a paper-entity (or paper-result) statement is kept
 * only when an evidence annotation for it has at least that confidence; weaker annotations go too.
 *
 * @param types         pg class local names to keep (Method, Dataset, ...); empty keeps all
 * @param minConfidence lowest evidence confidence kept; null keeps all
 * @param construct     CONSTRUCT query text; null dumps the store itself
 */
public record DumpFilter(Set<String> types, Double minConfidence, String construct) {
    public static final DumpFilter NONE = new DumpFilter(Set.of(), null, null);
    private static final Set<Node> ROLES = Set.of(PG.proposes.asNode(), PG.uses.asNode(), PG.addresses.asNode(),
        PG.studies.asNode(), PG.mentions.asNode(), PG.reports.asNode());

    public boolean isNone() { return types.isEmpty() && minConfidence == null && construct == null; }

    /** The selected statements, in memory; call inside a read transaction on the store. */
    public DatasetGraph select(GraphStore store) {
        DatasetGraph source = construct == null ? store.datasetGraph() : constructed(store);
        Set<Node> dropNodes = new HashSet<>();
        Set<Triple> dropStatements = new HashSet<>();
        if (!types.isEmpty()) excludeTypes(store.datasetGraph(), dropNodes);
        if (minConfidence != null) excludeWeak(store.datasetGraph(), dropNodes, dropStatements);
        dropEvidenceOf(store.datasetGraph(), dropNodes);
        DatasetGraph out = DatasetGraphFactory.create();
        source.find().forEachRemaining(q -> {
            if (!dropNodes.contains(q.getSubject()) && !dropNodes.contains(q.getObject()) && !dropStatements.contains(q.asTriple()))
                out.add(q);
        });
        out.prefixes().putAll(store.datasetGraph().prefixes());
        return out;
    }

    private DatasetGraph constructed(GraphStore store) {
        Query q = QueryFactory.create(construct);
        if (!q.isConstructType()) throw new IllegalArgumentException("--construct needs a CONSTRUCT query");
        try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(q).build()) {
            return exec.constructDataset();
        }
    }

    private void excludeTypes(DatasetGraph dsg, Set<Node> dropNodes) {
        Map<Node, Set<String>> classes = new HashMap<>();
        for (Binding b : Queries.select(dsg, "export/entity-types.rq"))
            classes.computeIfAbsent(b.get(Var.alloc("entity")), k -> new HashSet<>()).add(b.get(Var.alloc("class")).getLiteralLexicalForm());
        classes.forEach((entity, cs) -> {
            if (cs.stream().noneMatch(types::contains)) dropNodes.add(entity);
        });
    }

    private void excludeWeak(DatasetGraph dsg, Set<Node> dropNodes, Set<Triple> dropStatements) {
        Map<Triple, Double> best = new HashMap<>();
        for (Binding b : Queries.select(dsg, "export/confident-statements.rq")) {
            Triple statement = Triple.create(b.get(Var.alloc("paper")), b.get(Var.alloc("role")), b.get(Var.alloc("body")));
            double c = Double.parseDouble(b.get(Var.alloc("confidence")).getLiteralLexicalForm());
            best.merge(statement, c, Math::max);
            if (c < minConfidence) dropNodes.add(b.get(Var.alloc("annotation")));
        }
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (ROLES.contains(q.getPredicate()) && best.getOrDefault(q.asTriple(), -1.0) < minConfidence) dropStatements.add(q.asTriple());
        });
    }

    /** Annotations whose body is dropped go too, with the blank nodes of their targets and selectors. */
    private static void dropEvidenceOf(DatasetGraph dsg, Set<Node> dropNodes) {
        Node hasBody = Vocab.oa("hasBody"), hasTarget = Vocab.oa("hasTarget"), hasSelector = Vocab.oa("hasSelector");
        List<Node> annotations = Iter.toList(dsg.find(Node.ANY, Node.ANY, hasBody, Node.ANY)).stream()
            .filter(q -> dropNodes.contains(q.getObject())).map(Quad::getSubject).toList();
        dropNodes.addAll(annotations);
        for (Node a : List.copyOf(dropNodes)) {
            if (a.isBlank()) continue;
            dsg.find(Node.ANY, a, hasTarget, Node.ANY).forEachRemaining(t -> {
                dropNodes.add(t.getObject());
                dsg.find(Node.ANY, t.getObject(), hasSelector, Node.ANY).forEachRemaining(s -> dropNodes.add(s.getObject()));
            });
        }
    }
}
