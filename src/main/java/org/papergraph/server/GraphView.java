package org.papergraph.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Read helpers over a description's graph for the HTML pages: labels, objects, subjects. */
final class GraphView {
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(), FOAF.name.asNode());
    final Graph graph;
    final IriMapping iris;

    GraphView(Graph graph, IriMapping iris) {
        this.graph = graph;
        this.iris = iris;
    }

    static Node iri(String iri) { return NodeFactory.createURI(iri); }

    /** The objects of (s, p), in the graph's order. */
    List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The subjects of (?, p, o). */
    List<Node> subjects(Node p, Node o) {
        return graph.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList();
    }

    /** The first literal value of (s, p), or null. */
    String text(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    /** A human label: rdfs:label, skos:prefLabel, dcterms:title, else the IRI's last segment. */
    String label(Node n) {
        for (Node p : LABELS) {
            String t = text(n, p);
            if (t != null) return t;
        }
        if (n.isURI()) {
            String u = n.getURI();
            int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
            return cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : "[ ]";
    }

    /** A node as HTML: IRIs as links to their local page with their label, literals escaped. */
    String render(Node n) {
        if (n.isURI()) return Html.link(iris.link(n.getURI()), label(n));
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return Html.esc(n.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + Html.esc(lang) + "</small>");
        }
        return "[ ]";
    }
}
