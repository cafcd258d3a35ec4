package org.papergraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.papergraph.rdf.Vocab;

/**
 * Marks the evidence of a paper's statements in its section text. Selector offsets count Unicode
 * code points (Web Annotation), so they are turned into string indices before cutting the text.
 */
final class EvidenceHighlighter {
    private static final Node HAS_TARGET = Vocab.oa("hasTarget");
    private static final Node HAS_SOURCE = Vocab.oa("hasSource");
    private static final Node HAS_SELECTOR = Vocab.oa("hasSelector");
    private static final Node START = Vocab.oa("start");
    private static final Node END = Vocab.oa("end");
    private static final Node HAS_BODY = Vocab.oa("hasBody");
    private static final Node PAPER = Vocab.pg("paper");
    private static final Node ROLE = Vocab.pg("role");

    private EvidenceHighlighter() {}

    /** One marked span, as code point offsets. */
    record Span(int start, int end, Node body, Node role) {}

    /** The section text as HTML, each evidence span wrapped in a {@code <mark>} linking to its entity. */
    static String highlight(GraphView view, Node paper, Node section, String text) {
        List<Span> spans = spans(view, paper, section, text.codePointCount(0, text.length()));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start < at) continue;   // overlapping evidence: the first span wins
            html.append(Html.esc(cut(text, at, s.start)));
            String title = view.label(s.role) + ": " + view.label(s.body);
            html.append("<mark title=\"").append(Html.esc(title)).append("\">")
                .append(Html.link(view.iris.link(s.body.getURI()), cut(text, s.start, s.end))).append("</mark>");
            at = s.end;
        }
        html.append(Html.esc(cut(text, at, text.codePointCount(0, text.length()))));
        return html.toString();
    }

    private static List<Span> spans(GraphView view, Node paper, Node section, int length) {
        List<Span> spans = new ArrayList<>();
        for (Node annotation : view.subjects(PAPER, paper)) {
            Node body = view.objects(annotation, HAS_BODY).stream().filter(Node::isURI).findFirst().orElse(null);
            Node role = view.objects(annotation, ROLE).stream().findFirst().orElse(null);
            if (body == null || role == null) continue;
            for (Node target : view.objects(annotation, HAS_TARGET)) {
                if (!view.objects(target, HAS_SOURCE).contains(section)) continue;
                for (Node selector : view.objects(target, HAS_SELECTOR)) {
                    Integer start = integer(view.text(selector, START)), end = integer(view.text(selector, END));
                    if (start != null && end != null && 0 <= start && start < end && end <= length)
                        spans.add(new Span(start, end, body, role));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end));
        return spans;
    }

    /** The substring between two code point offsets. */
    private static String cut(String text, int fromCodePoint, int toCodePoint) {
        int from = text.offsetByCodePoints(0, fromCodePoint);
        int to = text.offsetByCodePoints(from, toCodePoint - fromCodePoint);
        return text.substring(from, to);
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
