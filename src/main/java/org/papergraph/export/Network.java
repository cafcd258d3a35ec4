package org.papergraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The graph as a network for Gephi and Cytoscape: papers and entities as nodes (type, label,
 * degree), paper-entity roles and entity-entity relations as weighted edges.
 */
record Network(Map<String, NetNode> nodes, List<NetEdge> edges) {
    /** A node: its IRI (the id), pg class local name, label, and number of edges. */
    record NetNode(String id, String type, String label, int degree) {}

    /** An edge: relation is the property's local name (proposes, uses, variantOf, broader, ...). */
    record NetEdge(String source, String target, String relation, double weight) {}

    /** Reads the network of a dataset (default graph = what to export); edges whose ends are not nodes are left out. */
    static Network of(DatasetGraph dsg) {
        Map<String, String[]> found = new LinkedHashMap<>();
        for (Binding b : Queries.select(dsg, "export/nodes.rq"))
            found.put(b.get(Var.alloc("node")).getURI(), new String[] {text(b, "type"), text(b, "label")});
        List<NetEdge> edges = new ArrayList<>();
        Map<String, Integer> degree = new LinkedHashMap<>();
        for (Binding b : Queries.select(dsg, "export/network.rq")) {
            Node s = b.get(Var.alloc("source")), t = b.get(Var.alloc("target"));
            if (!s.isURI() || !t.isURI() || !found.containsKey(s.getURI()) || !found.containsKey(t.getURI())) continue;
            String relation = b.get(Var.alloc("relation")).getLocalName();
            double weight = Double.parseDouble(text(b, "weight"));
            edges.add(new NetEdge(s.getURI(), t.getURI(), relation, weight));
            degree.merge(s.getURI(), 1, Integer::sum);
            degree.merge(t.getURI(), 1, Integer::sum);
        }
        Map<String, NetNode> nodes = new LinkedHashMap<>();
        found.forEach((id, tl) -> nodes.put(id, new NetNode(id, tl[0], tl[1], degree.getOrDefault(id, 0))));
        return new Network(nodes, edges);
    }

    private static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
