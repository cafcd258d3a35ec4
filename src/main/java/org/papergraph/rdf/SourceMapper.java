package org.papergraph.rdf;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;
import org.papergraph.recognize.EntityKeys;
import org.papergraph.recognize.Vocabulary;
import org.papergraph.recognize.VocabularyConcept;

/**
 * Maps what one source said about a paper (identifiers, title key, authors, dates, venue,
 * categories, links, curated tasks and methods, where it was read) into the paper's source graph
 * {@code graph/paper/{key}/{source}}, so that each source's statements stay apart and can be replaced alone.
 */
public final class SourceMapper {
    private final Iris iris;
    private final Node run;

    public SourceMapper(Iris iris, Node run) {
        this.iris = iris;
        this.run = run;
    }

    /** Emits the source graph of one record; returns how many quads. */
    public int map(String key, Paper paper, StreamRDF out) {
        PaperMetadata m = paper.metadata();
        PaperMapper.QuadWriter w = new PaperMapper.QuadWriter(out, iris.sourceGraph(key, m.sourceName()));
        Node p = iris.paper(key);
        w.add(p, PG.titleKey.asNode(), literal(Iris.titleKey(paper.title())));
        if (m.arxivId() != null) w.add(p, PG.arxivId.asNode(), literal(m.arxivId()));
        if (m.doi() != null) w.add(p, Vocab.bibo("doi"), literal(m.doi()));
        if (m.published() != null) w.add(p, Vocab.dcterms("issued"), NodeFactory.createLiteralDT(m.published(), XSDDatatype.XSDdate));
        if (m.venue() != null) w.add(p, Vocab.prism("publicationName"), literal(m.venue()));
        for (String c : m.categories()) w.add(p, Vocab.dcterms("subject"), literal(c));
        authors(w, p, key, m.authors());
        for (String url : m.links()) {
            Node property = LinkKinds.property(url);
            if (property != null) w.add(p, property, NodeFactory.createURI(url.strip()));
        }
        int n = 0;
        for (String task : m.curatedTasks()) curated(w, p, key, m.sourceName(), ++n, task, PG.addresses.asNode(), PG.Task.asNode());
        for (String method : m.curatedMethods()) curated(w, p, key, m.sourceName(), ++n, method, PG.uses.asNode(), PG.Method.asNode());
        w.add(p, PG.sourceFile.asNode(), literal(paper.source().file()));
        w.add(p, PG.sourceLine.asNode(), NodeFactory.createLiteralDT(Long.toString(paper.source().line()), XSDDatatype.XSDinteger));
        w.add(p, Vocab.prov("wasGeneratedBy"), run);
        return w.count();
    }

    /** Authors as IRIs numbered in order, so sources that agree on an author state the same triples. */
    private void authors(PaperMapper.QuadWriter w, Node p, String key, List<String> authors) {
        for (int i = 0; i < authors.size(); i++) {
            Node a = iris.section(key, "author-" + (i + 1));
            w.add(p, Vocab.dcterms("creator"), a);
            w.add(a, RDF.type.asNode(), Vocab.schema("Person"));
            w.add(a, Vocab.schema("name"), literal(authors.get(i)));
            w.add(a, Vocab.schema("position"), NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger));
        }
    }

    /** A curated statement: the paper-entity triple and an oa:tagging annotation with the source as extractor and confidence 1. */
    private void curated(PaperMapper.QuadWriter w, Node p, String key, String source, int n, String name, Node role, Node type) {
        VocabularyConcept known = Vocabulary.bundled().lookup(name);
        Node e = iris.entity(known != null ? known.slug() : EntityKeys.slug(name));
        w.add(e, RDF.type.asNode(), type);
        String label = known != null ? known.prefLabel() : name;
        w.add(e, RDFS.label.asNode(), literal(label));
        // Same lower-cased key as the mapper's entities, so the queries' name lookups find it.
        w.add(e, PG.labelKey.asNode(), literal(LabelKeys.key(label)));
        w.add(p, role, e);
        Node a = iris.annotation(key + "-" + source, n);
        w.add(a, RDF.type.asNode(), Vocab.oa("Annotation"));
        w.add(a, Vocab.oa("motivatedBy"), Vocab.oa("tagging"));
        w.add(a, Vocab.oa("hasBody"), e);
        w.add(a, Vocab.oa("hasTarget"), p);
        w.add(a, PG.paper.asNode(), p);
        w.add(a, PG.role.asNode(), role);
        w.add(a, PG.confidence.asNode(), NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdouble));
        w.add(a, PG.extractor.asNode(), literal("curated:" + source));
        w.add(a, Vocab.prov("wasGeneratedBy"), run);
    }

    private static Node literal(String s) { return NodeFactory.createLiteralString(s); }
}
