package org.papergraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Vocab;
import org.papergraph.server.ResourceDescriber.Description;

/**
 * The HTML page of a resource or graph: label, types, every statement with links to the linked
 * resources, a paper's abstract with its evidence marked, an entity's papers by role, links to
 * each RDF format and the SPARQL query that returns the description.
 */
final class HtmlPage {
    private static final List<Node> ROLES = List.of(PG.proposes.asNode(), PG.uses.asNode(), PG.addresses.asNode(),
        PG.studies.asNode(), PG.mentions.asNode());

    private HtmlPage() {}

    /** Renders a description; the statements come from the store, so every literal is escaped. */
    static String render(Description d, GraphView view, String endpointPath) {
        Node r = GraphView.iri(d.iri());
        String title = view.label(r);
        StringBuilder html = new StringBuilder(Html.head(title));
        html.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"iri\">").append(Html.esc(d.iri())).append("</p>\n");
        List<Node> types = view.objects(r, RDF.type.asNode());
        if (!types.isEmpty()) html.append("<p>Type: ").append(join(view, types)).append("</p>\n");
        html.append(formats(d)).append('\n');
        if (types.contains(PG.Paper.asNode())) paper(html, view, r);
        if (d.kind() == ResourceDescriber.Kind.RESOURCE) mentionedBy(html, view, r);
        statements(html, view, d.kind() == ResourceDescriber.Kind.RESOURCE ? List.of(r) : view.graph.find().mapWith(Triple::getSubject).toSet().stream().filter(Node::isURI).toList());
        if (d.kind() == ResourceDescriber.Kind.RESOURCE) linkedFrom(html, view, r);
        html.append("<h2>SPARQL</h2>\n<p>This description is what the query below returns at the ")
            .append(Html.link(endpointPath + "?query=" + URLEncoder.encode(d.query(), StandardCharsets.UTF_8), "SPARQL endpoint"))
            .append(".</p>\n<pre>").append(Html.esc(d.query())).append("</pre>\n");
        return html.append(Html.foot()).toString();
    }

    static String formats(Description d) {
        StringBuilder sb = new StringBuilder("<p>Formats: ");
        for (RdfFormat f : RdfFormat.values()) {
            if (!f.isRdf() || (f.quads && d.kind() == ResourceDescriber.Kind.RESOURCE)) continue;
            sb.append(Html.link("?format=" + f.extension(), f.name().toLowerCase())).append(' ');
        }
        return sb.append("</p>").toString();
    }

    /** A paper: its abstract with the evidence marked, and its entities by role with the sentences. */
    private static void paper(StringBuilder html, GraphView view, Node paper) {
        for (Node section : view.objects(paper, PG.abstractSection.asNode())) {
            String text = view.text(section, RDF.value.asNode());
            if (text == null) continue;
            html.append("<h2>Abstract</h2>\n<p>").append(EvidenceHighlighter.highlight(view, paper, section, text)).append("</p>\n");
        }
        html.append("<h2>Entities</h2>\n<table><tr><th>role</th><th>entity</th><th>evidence</th><th>confidence</th></tr>\n");
        for (Node annotation : view.subjects(PG.paper.asNode(), paper)) {
            Node body = first(view.objects(annotation, Vocab.oa("hasBody")));
            Node role = first(view.objects(annotation, PG.role.asNode()));
            if (body == null || role == null) continue;
            html.append("<tr><td>").append(view.render(role)).append("</td><td>").append(view.render(body))
                .append("</td><td>").append(Html.esc(view.text(annotation, PG.sentence.asNode())))
                .append("</td><td>").append(confidence(view.text(annotation, PG.confidence.asNode()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** An entity: the papers that mention it, grouped by role, with counts. */
    private static void mentionedBy(StringBuilder html, GraphView view, Node entity) {
        Map<Node, List<Node>> byRole = new LinkedHashMap<>();
        for (Node role : ROLES) {
            List<Node> papers = view.subjects(role, entity);
            if (!papers.isEmpty()) byRole.put(role, papers);
        }
        if (byRole.isEmpty()) return;
        html.append("<h2>Papers</h2>\n");
        byRole.forEach((role, papers) -> {
            html.append("<h3>").append(Html.esc(view.label(role))).append(" (").append(papers.size()).append(")</h3>\n<ul>\n");
            papers.forEach(p -> html.append("<li>").append(view.render(p)).append("</li>\n"));
            html.append("</ul>\n");
        });
    }

    private static void statements(StringBuilder html, GraphView view, List<Node> subjects) {
        html.append("<h2>Statements</h2>\n");
        for (Node s : subjects) {
            if (subjects.size() > 1) html.append("<h3 id=\"").append(Html.esc(view.label(s))).append("\">").append(view.render(s)).append("</h3>\n");
            html.append(table(view, s, 0));
        }
    }

    /** The statements about a node; blank-node objects (selectors, targets) are nested tables. */
    private static String table(GraphView view, Node s, int depth) {
        Map<String, StringBuilder> rows = new TreeMap<>();
        view.graph.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String cell = t.getObject().isBlank() && depth < 3 ? table(view, t.getObject(), depth + 1) : view.render(t.getObject());
            rows.computeIfAbsent(view.render(t.getPredicate()), k -> new StringBuilder()).append("<div>").append((Object) cell).append("</div>");
        });
        StringBuilder sb = new StringBuilder("<table>\n");
        rows.forEach((p, objects) -> sb.append("<tr><th>").append(p).append("</th><td>").append(objects).append("</td></tr>\n"));
        return sb.append("</table>\n").toString();
    }

    private static void linkedFrom(StringBuilder html, GraphView view, Node r) {
        List<Triple> in = view.graph.find(Node.ANY, Node.ANY, r).filterDrop(t -> ROLES.contains(t.getPredicate()) || t.getPredicate().equals(PG.paper.asNode())).toList();
        if (in.isEmpty()) return;
        html.append("<h2>Linked from</h2>\n<ul>\n");
        in.forEach(t -> html.append("<li>").append(view.render(t.getSubject())).append(" ").append(view.render(t.getPredicate())).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static String join(GraphView view, List<Node> nodes) {
        return String.join(", ", nodes.stream().map(view::render).toList());
    }

    /** A confidence as people write it (0.95), not in xsd:double's canonical form (0.95e0). */
    private static String confidence(String lexical) {
        try {
            return lexical == null ? "" : String.valueOf(Double.parseDouble(lexical));
        } catch (NumberFormatException e) {
            return Html.esc(lexical);
        }
    }

    private static Node first(List<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
