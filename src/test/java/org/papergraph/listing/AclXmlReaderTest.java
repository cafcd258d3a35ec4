package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;

class AclXmlReaderTest extends ReaderContract {
    private static final String HEAD = "<?xml version='1.0' encoding='UTF-8'?>\n<collection id=\"2099.test\">\n<volume id=\"main\">\n";

    @Override PaperReader reader() { return new AclXmlReader(); }

    @Override
    String document(List<Rec> records) {
        StringBuilder doc = new StringBuilder(HEAD);
        for (int i = 0; i < records.size(); i++) {
            Rec r = records.get(i);
            doc.append("<paper id=\"").append(i + 1).append("\">")
                .append(r.title() == null ? "" : "<title>" + r.title() + "</title>")
                .append("<author><first>Ada</first><last>Author").append(i + 1).append("</last></author>")
                .append(r.abstractText() == null ? "" : "<abstract>" + r.abstractText() + "</abstract>")
                .append("</paper>\n");
        }
        return doc.append("</volume>\n</collection>\n").toString();
    }

    @Override long firstRecordLine() { return 4; }

    @Override String recordId(int n) { return "ACL 2099.test-main." + n; }

    @Override
    String malformed() {
        return HEAD + "<paper id=\"1\"><title>Paper Number 1</title><abstract>" + ABSTRACT + "</abstract></paper>\n"
            + "<paper id=\"2\"><title>Paper Number 2</title><abstract>a & b</abstract></paper>\n</volume>\n</collection>\n";
    }

    @Test
    void stripsInlineMarkupFromTitlesAndAbstracts() {
        Collected c = Collected.resource("formats/acl-2023.acl.xml");
        Paper p = c.titled("Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning of BERT-style Models");
        assertEquals("We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters, "
            + "with cost O(k \\log n). Code: https://github.com/example-lab/sparse-moa.", p.abstractText());
        assertEquals("Cross-lingual Transfer for Low-Resource NER", c.papers.get(1).title());
    }

    @Test
    void mapsAuthorsDoiVenueDateAndLinks() {
        Collected c = Collected.resource("formats/acl-2023.acl.xml");
        PaperMetadata m = c.papers.get(0).metadata();
        assertEquals(List.of("Mira Okafor", "Tomás Lindqvist"), m.authors());
        assertEquals("10.18653/v1/2023.acl-long.1", m.doi());
        assertEquals("Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)", m.venue());
        assertEquals("2023-07-01", m.published());
        assertEquals(List.of("https://aclanthology.org/2023.acl-long.1.pdf", "https://github.com/example-lab/sparse-moa",
            "https://aclanthology.org/2023.acl-long.1"), m.links());
        assertNull(m.arxivId());
        assertEquals("acl-xml", m.sourceName());
        assertEquals(18, c.papers.get(0).source().line());
        assertEquals(List.of("Kwame Mensah", "Sumarni"), c.papers.get(1).authors());
        assertEquals(2, c.papers.size());   // the frontmatter is no paper
    }

    @Test
    void oldStyleWorkshopIds() {
        Paper p = Collected.resource("formats/old-style-acl.xml").papers.get(0);
        assertEquals(List.of("https://aclanthology.org/W19-3801.pdf", "https://aclanthology.org/W19-3801"), p.metadata().links());
        assertEquals("2019-01-01", p.metadata().published());
        assertEquals("Proceedings of the Workshop on Example Tasks", p.metadata().venue());
    }

    @Test
    void oldStyleConferenceIds() {
        AclVolume v = new AclVolume("P19", "1");
        assertEquals("P19-1001", v.paperId("1"));
        assertEquals("2020.acl-main.12", new AclVolume("2020.acl", "main").paperId("12"));
    }

    @Test
    void misleadingExtensionIsIgnored() {
        Collected c = Collected.resource("formats/misleading-name.json");
        assertEquals(2, c.papers.size());
        assertEquals("acl-xml", c.papers.get(0).metadata().sourceName());
    }
}
