package org.papergraph.server;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;
import org.papergraph.server.ResourceDescriber.Description;

/**
 * The ontology's documentation page, generated from the ontology graph: every pg: class and
 * property with its comment, super-classes or -properties, domain, range and examples. Each term
 * has an anchor named after it, so {@code .../ontology#Paper} lands on its entry.
 */
final class OntologyPage {
    private OntologyPage() {}

    static String render(Description d, GraphView view) {
        Node ontology = GraphView.iri(d.iri());
        String title = view.label(ontology);
        StringBuilder html = new StringBuilder(Html.head(title));
        html.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"iri\">").append(Html.esc(d.iri()))
            .append(" (prefix <code>pg:</code> = ").append(Html.esc(PG.NS)).append(")</p>\n")
            .append("<p>").append(Html.esc(view.text(ontology, DCTerms.description.asNode()))).append("</p>\n")
            .append(HtmlPage.formats(d)).append('\n');
        section(html, view, "Classes", terms(view, OWL.Class.asNode()));
        List<Node> properties = new java.util.ArrayList<>(terms(view, OWL.ObjectProperty.asNode()));
        properties.addAll(terms(view, OWL.DatatypeProperty.asNode()));
        properties.sort(Comparator.comparing(Node::getURI));
        section(html, view, "Properties", properties);
        return html.append(Html.foot()).toString();
    }

    /** The pg: terms of a type, by name. */
    private static List<Node> terms(GraphView view, Node type) {
        return view.subjects(RDF.type.asNode(), type).stream().filter(n -> n.isURI() && n.getURI().startsWith(PG.NS))
            .distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static void section(StringBuilder html, GraphView view, String heading, List<Node> terms) {
        html.append("<h2>").append(heading).append("</h2>\n<ul>");
        terms.forEach(t -> html.append("<li><a href=\"#").append(Html.esc(local(t))).append("\">pg:").append(Html.esc(local(t))).append("</a></li>"));
        html.append("</ul>\n");
        for (Node t : terms) {
            html.append("<section id=\"").append(Html.esc(local(t))).append("\"><h3>pg:").append(Html.esc(local(t)))
                .append(" <small>").append(Html.esc(view.label(t))).append("</small></h3>\n");
            html.append("<p class=\"iri\">").append(Html.esc(t.getURI())).append("</p>\n");
            String comment = view.text(t, RDFS.comment.asNode());
            if (comment != null) html.append("<p>").append(Html.esc(comment)).append("</p>\n");
            html.append("<table>\n");
            row(html, view, "subclass of", view.objects(t, RDFS.subClassOf.asNode()));
            row(html, view, "subproperty of", view.objects(t, RDFS.subPropertyOf.asNode()));
            row(html, view, "domain", view.objects(t, RDFS.domain.asNode()));
            row(html, view, "range", view.objects(t, RDFS.range.asNode()));
            row(html, view, "subclasses", view.subjects(RDFS.subClassOf.asNode(), t));
            row(html, view, "example", view.objects(t, SKOS.example.asNode()));
            html.append("</table></section>\n");
        }
    }

    private static void row(StringBuilder html, GraphView view, String name, List<Node> values) {
        if (values.isEmpty()) return;
        html.append("<tr><th>").append(name).append("</th><td>");
        for (Node v : values) {
            // Terms of the ontology link to their anchor on this page; external terms to their own IRI.
            if (v.isURI() && v.getURI().startsWith(PG.NS)) html.append("<a href=\"#").append(Html.esc(local(v))).append("\">pg:").append(Html.esc(local(v))).append("</a> ");
            else if (v.isLiteral()) html.append("<pre>").append(Html.esc(v.getLiteralLexicalForm())).append("</pre>");
            else html.append(view.render(v)).append(' ');
        }
        html.append("</td></tr>\n");
    }

    private static String local(Node n) {
        return n.getURI().substring(n.getURI().indexOf('#') + 1);
    }
}
