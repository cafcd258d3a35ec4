package org.papergraph.rdf;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.paper.Paper;
import org.papergraph.recognize.Entity;
import org.papergraph.recognize.EntityMention;
import org.papergraph.recognize.EntityRelation;
import org.papergraph.recognize.EntityType;
import org.papergraph.recognize.LinkedPaper;
import org.papergraph.recognize.PaperLink;
import org.papergraph.recognize.ReportedResult;

/**
 * Maps one recognised paper to quads in the paper's own named graph (see docs/graph-model.md).
 * Thread-safe; writes only to the given stream.
 */
public final class PaperMapper {
    private final Iris iris;
    private final Node run;
    private final SourceMapper sources;

    public PaperMapper(Iris iris, Node run) {
        this.iris = iris;
        this.run = run;
        this.sources = new SourceMapper(iris, run);
    }

    /** Emits the paper's quads under the key its own identifiers give; returns how many. */
    public int map(LinkedPaper linked, StreamRDF out) {
        return map(linked, Iris.paperKey(linked.annotated().paper()), out);
    }

    /**
     * Emits the paper's quads under a given key (an update may resolve the record to a paper already
     * stored): the text and what was extracted from it in the paper graph, what the source said in its source graph.
     */
    public int map(LinkedPaper linked, String key, StreamRDF out) {
        Paper paper = linked.annotated().paper();
        QuadWriter w = new QuadWriter(out, iris.paperGraph(key));
        Node p = iris.paper(key);
        describePaper(w, p, key, paper);
        EvidenceWriter evidence = new EvidenceWriter(w, iris, key, p, run);
        evidence.sectionTexts(paper.title(), paper.abstractText());
        for (EntityMention m : linked.mentions()) {
            Node e = describeEntity(w, m.entity());
            w.add(p, Vocab.pg(m.role().property()), e);
            evidence.statement(e, Vocab.pg(m.role().property()), m.confidence(), m.evidence(), m.rule());
        }
        int n = 0;
        for (ReportedResult r : linked.results()) describeResult(w, p, key, ++n, r, evidence);
        for (PaperLink l : linked.links())
            w.add(p, l.kind() == PaperLink.Kind.CODE ? Vocab.pg("codeRepository") : Vocab.pg("projectPage"), NodeFactory.createURI(l.url()));
        for (EntityRelation rel : linked.relations()) {
            Node object = describeEntity(w, rel.object());
            w.add(iris.entity(rel.subject().slug()), Vocab.pg(rel.kind().property()), object);
        }
        return w.count() + sources.map(key, paper, out);
    }

    private void describePaper(QuadWriter w, Node p, String key, Paper paper) {
        w.add(p, RDF.type.asNode(), PG.Paper.asNode());
        w.add(p, RDF.type.asNode(), Vocab.fabio("ResearchPaper"));
        w.add(p, RDF.type.asNode(), Vocab.schema("ScholarlyArticle"));
        w.add(p, Vocab.dcterms("title"), literal(paper.title()));
        w.add(p, RDFS.label.asNode(), literal(paper.title()));
        w.add(p, Vocab.dcterms("abstract"), literal(paper.abstractText()));
        Node title = iris.section(key, "title"), abs = iris.section(key, "abstract");
        w.add(p, PG.titleSection.asNode(), title);
        w.add(title, RDF.type.asNode(), PG.TextSection.asNode());
        w.add(title, RDF.value.asNode(), literal(paper.title()));
        w.add(p, PG.abstractSection.asNode(), abs);
        w.add(abs, RDF.type.asNode(), PG.TextSection.asNode());
        w.add(abs, RDF.value.asNode(), literal(paper.abstractText()));
        w.add(p, Vocab.prov("wasGeneratedBy"), run);
        // The text analysed here is the one this source gave; its other statements are in its source graph.
        w.add(p, Vocab.prov("wasDerivedFrom"), iris.sourceGraph(key, paper.metadata().sourceName()));
    }

    private Node describeEntity(QuadWriter w, Entity entity) {
        Node e = iris.entity(entity.slug());
        for (EntityType t : entity.types()) w.add(e, RDF.type.asNode(), Vocab.pg(t.className()));
        w.add(e, RDFS.label.asNode(), literal(entity.label()));
        for (String alt : entity.altLabels()) w.add(e, SKOS.altLabel.asNode(), literal(alt));
        // Lower-cased keys let the queries find an entity by name, ignoring case, with one index lookup.
        Set<String> keys = new LinkedHashSet<>();
        keys.add(LabelKeys.key(entity.label()));
        for (String alt : entity.altLabels()) keys.add(LabelKeys.key(alt));
        for (String k : keys) w.add(e, PG.labelKey.asNode(), literal(k));
        return e;
    }

    private void describeResult(QuadWriter w, Node p, String key, int n, ReportedResult r, EvidenceWriter evidence) {
        Node res = iris.result(key, n);
        w.add(p, PG.reports.asNode(), res);
        w.add(res, RDF.type.asNode(), PG.Result.asNode());
        w.add(res, PG.value.asNode(), NodeFactory.createLiteralDT(r.value().toPlainString(), XSDDatatype.XSDdecimal));
        w.add(res, PG.valueText.asNode(), literal(r.valueText()));
        w.add(res, PG.metric.asNode(), describeEntity(w, r.metric()));
        // The ontology's ranges hold only when the entity has that type in this paper.
        if (r.dataset() != null && r.dataset().types().contains(EntityType.DATASET))
            w.add(res, PG.dataset.asNode(), describeEntity(w, r.dataset()));
        if (r.method() != null && r.method().types().contains(EntityType.METHOD))
            w.add(res, PG.method.asNode(), describeEntity(w, r.method()));
        w.add(res, RDFS.label.asNode(), literal(r.metric().label() + " " + r.valueText()
            + (r.dataset() != null ? " on " + r.dataset().label() : "")));
        evidence.statement(res, PG.reports.asNode(), r.confidence(), r.evidence(), "result-pattern");
    }

    static Node literal(String s) { return NodeFactory.createLiteralString(s); }

    /** Writes quads of one graph and counts them. */
    static final class QuadWriter {
        private final StreamRDF out;
        private final Node graph;
        private int count;

        QuadWriter(StreamRDF out, Node graph) {
            this.out = out;
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
            count++;
        }

        int count() { return count; }
    }
}
