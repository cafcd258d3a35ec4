package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;

class ArxivAtomReaderTest extends ReaderContract {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
        + "<title type=\"html\">ArXiv Query: search_query=all:test</title>\n";

    @Override PaperReader reader() { return new ArxivAtomReader(); }

    @Override
    String document(List<Rec> records) {
        StringBuilder doc = new StringBuilder(HEAD);
        for (int i = 0; i < records.size(); i++) {
            Rec r = records.get(i);
            doc.append("<entry><id>http://arxiv.org/abs/2403.0000").append(i + 1).append("v1</id>")
                .append(r.title() == null ? "" : "<title>" + r.title() + "</title>")
                .append(r.abstractText() == null ? "" : "<summary>" + r.abstractText() + "</summary>")
                .append("<author><name>Author ").append(i + 1).append("</name></author></entry>\n");
        }
        return doc.append("</feed>\n").toString();
    }

    @Override long firstRecordLine() { return 4; }

    @Override String recordId(int n) { return "arXiv 2403.0000" + n; }

    @Override
    String malformed() {
        return HEAD + "<entry><id>http://arxiv.org/abs/2403.00001v1</id><title>Paper Number 1</title><summary>" + ABSTRACT + "</summary></entry>\n"
            + "<entry><id>http://arxiv.org/abs/2403.00002v1</id><title>Paper Number 2</titel></entry>\n</feed>\n";
    }

    @Test
    void mapsIdWithoutVersionAuthorsDateCategoriesLinksDoiAndJournalRef() {
        Paper p = Collected.resource("formats/arxiv-atom.xml").titled("Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning");
        PaperMetadata m = p.metadata();
        assertEquals("2403.01234", m.arxivId());
        assertEquals(List.of("Mira Okafor", "Tomás Lindqvist"), m.authors());
        assertEquals("2024-03-02", m.published());
        assertEquals(List.of("cs.CL", "cs.LG"), m.categories());   // primary category first
        assertEquals("10.18653/v1/2024.example.17", m.doi());
        assertEquals("Findings of EMNLP 2024", m.venue());
        assertEquals(List.of("http://arxiv.org/abs/2403.01234v2", "http://arxiv.org/pdf/2403.01234v2"), m.links());
        assertEquals("arxiv-atom", m.sourceName());
        assertEquals(10, p.source().line());
        assertEquals("We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters. "
            + "On GLUE & SuperGLUE it matches full fine-tuning of RoBERTa-large while training 0.3% of the parameters.", p.abstractText());
    }

    @Test
    void oldStyleIdKeepsItsArchive() {
        Paper p = Collected.resource("formats/arxiv-atom.xml").titled("Maximum Entropy Models for Part-of-Speech Tagging Revisited");
        assertEquals("cs/0112017", p.metadata().arxivId());
        assertEquals("2001-12-19", p.metadata().published());
        assertEquals(List.of("cs.CL"), p.metadata().categories());
    }

    @Test
    void anApiErrorFeedIsAnError() {
        String error = HEAD + "<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234x</id><title>Error</title>"
            + "<summary>incorrect id format for 1234.1234x</summary></entry>\n</feed>\n";
        ListingException e = assertThrows(ListingException.class, () -> Collected.failFast(error, "q.xml"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("incorrect id format for 1234.1234x"), e.getMessage());
    }

    @Test
    void doctypesAreNotExpanded() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
            + HEAD.substring(HEAD.indexOf("<feed")) + "<entry><id>http://arxiv.org/abs/2403.00001v1</id><title>&x;</title><summary>"
            + ABSTRACT + "</summary></entry>\n</feed>\n";
        assertThrows(ListingException.class, () -> Collected.failFast(bomb, "x.xml"));
    }
}
