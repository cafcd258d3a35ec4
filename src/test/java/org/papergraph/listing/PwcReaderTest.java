package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PwcReaderTest extends ReaderContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override PaperReader reader() { return new PwcReader(); }

    @Override
    String document(List<Rec> records) {
        StringBuilder doc = new StringBuilder("[\n");
        for (int i = 0; i < records.size(); i++) {
            ObjectNode paper = JSON.createObjectNode()
                .put("paper_url", "https://paperswithcode.com/paper/p" + (i + 1)).put("arxiv_id", "2403.0000" + (i + 1));
            if (records.get(i).title() != null) paper.put("title", records.get(i).title());
            if (records.get(i).abstractText() != null) paper.put("abstract", records.get(i).abstractText());
            paper.putArray("authors").add("Author " + (i + 1));
            doc.append(paper).append(i + 1 < records.size() ? ",\n" : "\n");
        }
        return doc.append("]").toString();
    }

    @Override long firstRecordLine() { return 2; }

    @Override String recordId(int n) { return "arXiv 2403.0000" + n; }

    @Override
    String malformed() {
        return "[\n{\"paper_url\": \"u1\", \"arxiv_id\": \"2403.00001\", \"title\": \"Paper Number 1\", \"abstract\": \"" + ABSTRACT + "\"},\n"
            + "{\"paper_url\": \"u2\", \"arxiv_id\": \"2403.00002\", \"title\": \"Paper Number 2\", \"abstract\": \"x\",}\n]";
    }

    @Test
    void mapsArxivIdAuthorsDateLinksAndCuratedTasksAndMethods() {
        Paper p = Collected.resource("formats/pwc-papers-with-abstracts.json")
            .titled("Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning");
        PaperMetadata m = p.metadata();
        assertEquals("2403.01234", m.arxivId());
        assertEquals(List.of("Mira Okafor", "Tomás Lindqvist", "Wen-Hui Zhao"), m.authors());
        assertEquals("2024-03-02", m.published());
        assertEquals(List.of("Parameter-Efficient Fine-Tuning", "Natural Language Understanding"), m.curatedTasks());
        assertEquals(List.of("LoRA", "Adam"), m.curatedMethods());
        assertEquals(List.of("https://paperswithcode.com/paper/sparse-mixture-of-adapters-for-parameter",
            "https://arxiv.org/abs/2403.01234v2", "https://arxiv.org/pdf/2403.01234v2.pdf"), m.links());
        assertNull(m.venue());
        assertEquals("pwc", m.sourceName());
        assertEquals(2, p.source().line());
        assertEquals("We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters. "
            + "On GLUE and SuperGLUE it matches full fine-tuning of RoBERTa-large while training 0.3% of the parameters.", p.abstractText());
    }

    @Test
    void paperWithoutArxivIdKeepsProceedingAndMethodNamesGivenAsStrings() {
        Paper p = Collected.resource("formats/pwc-papers-with-abstracts.json").titled("Graph Attention for Molecule Property Prediction");
        assertNull(p.metadata().arxivId());
        assertEquals("iclr-2023-5", p.metadata().venue());
        assertEquals(List.of("Graph Attention Network", "Dropout"), p.metadata().curatedMethods());
        assertEquals(List.of("Molecular Property Prediction"), p.metadata().curatedTasks());
        assertEquals("2023-05-01", p.metadata().published());
    }
}
