package org.papergraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.paper.Section;
import org.papergraph.recognize.Evidence;

/** Writes the W3C Web Annotation that says where in the text a statement comes from and how sure it is. */
final class EvidenceWriter {
    private static final int CONTEXT = 32;
    private final PaperMapper.QuadWriter w;
    private final Iris iris;
    private final String paperKey;
    private final Node paper;
    private final Node run;
    private int n;

    EvidenceWriter(PaperMapper.QuadWriter w, Iris iris, String paperKey, Node paper, Node run) {
        this.w = w;
        this.iris = iris;
        this.paperKey = paperKey;
        this.paper = paper;
        this.run = run;
    }

    /** One annotation whose body is the entity (or result) and whose target is the quoted span. */
    void statement(Node body, Node role, double confidence, Evidence ev, String rule) {
        Node a = iris.annotation(paperKey, ++n);
        w.add(a, RDF.type.asNode(), Vocab.oa("Annotation"));
        w.add(a, Vocab.oa("motivatedBy"), Vocab.oa("identifying"));
        w.add(a, Vocab.oa("hasBody"), body);
        w.add(a, PG.paper.asNode(), paper);
        w.add(a, PG.role.asNode(), role);
        w.add(a, PG.confidence.asNode(), NodeFactory.createLiteralDT(Double.toString(round(confidence)), XSDDatatype.XSDdouble));
        w.add(a, PG.extractor.asNode(), PaperMapper.literal(rule));
        w.add(a, Vocab.prov("wasGeneratedBy"), run);
        if (ev == null) return;
        String text = sectionText(ev);
        if (text != null) w.add(a, PG.sentence.asNode(), PaperMapper.literal(text.substring(ev.sentenceStart(), Math.min(text.length(), ev.sentenceEnd()))));
        Node target = NodeFactory.createBlankNode();
        w.add(a, Vocab.oa("hasTarget"), target);
        w.add(target, RDF.type.asNode(), Vocab.oa("SpecificResource"));
        w.add(target, Vocab.oa("hasSource"), iris.section(paperKey, ev.section().id()));
        Node quote = NodeFactory.createBlankNode();
        w.add(target, Vocab.oa("hasSelector"), quote);
        w.add(quote, RDF.type.asNode(), Vocab.oa("TextQuoteSelector"));
        w.add(quote, Vocab.oa("exact"), PaperMapper.literal(ev.exact()));
        if (text != null) {
            w.add(quote, Vocab.oa("prefix"), PaperMapper.literal(text.substring(Math.max(0, ev.start() - CONTEXT), ev.start())));
            w.add(quote, Vocab.oa("suffix"), PaperMapper.literal(text.substring(ev.end(), Math.min(text.length(), ev.end() + CONTEXT))));
        }
        Node position = NodeFactory.createBlankNode();
        w.add(target, Vocab.oa("hasSelector"), position);
        w.add(position, RDF.type.asNode(), Vocab.oa("TextPositionSelector"));
        // Web Annotation positions count Unicode code points; Java offsets count UTF-16 units.
        int start = text == null ? ev.start() : text.codePointCount(0, ev.start());
        int end = text == null ? ev.end() : text.codePointCount(0, ev.end());
        w.add(position, Vocab.oa("start"), NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger));
        w.add(position, Vocab.oa("end"), NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
    }

    /** The section text is needed for quote context; the mapper passes it once per paper. */
    void sectionTexts(String title, String abstractText) {
        this.titleText = title;
        this.abstractText = abstractText;
    }

    private String titleText;
    private String abstractText;

    private String sectionText(Evidence ev) {
        return ev.section() == Section.TITLE ? titleText : abstractText;
    }

    private static double round(double d) { return Math.round(d * 1000) / 1000.0; }
}
