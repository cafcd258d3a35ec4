package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class HfDailyReaderTest extends ReaderContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override PaperReader reader() { return new HfDailyReader(); }

    @Override
    String document(List<Rec> records) {
        StringBuilder doc = new StringBuilder("[\n");
        for (int i = 0; i < records.size(); i++) {
            ObjectNode paper = JSON.createObjectNode().put("id", "2403.0000" + (i + 1));
            if (records.get(i).title() != null) paper.put("title", records.get(i).title());
            if (records.get(i).abstractText() != null) paper.put("summary", records.get(i).abstractText());
            paper.putArray("authors").addObject().put("name", "Author " + (i + 1));
            ObjectNode entry = JSON.createObjectNode().set("paper", paper);
            doc.append(entry).append(i + 1 < records.size() ? ",\n" : "\n");
        }
        return doc.append("]\n").toString();
    }

    @Override long firstRecordLine() { return 2; }

    @Override String recordId(int n) { return "arXiv 2403.0000" + n; }

    @Override
    String malformed() {
        return "[\n{\"paper\": {\"id\": \"2403.00001\", \"title\": \"Paper Number 1\", \"summary\": \"" + ABSTRACT + "\"}},\n"
            + "{\"paper\": {\"id\": \"2403.00002\", \"title\": \"Paper Number 2\" \"summary\": \"x\"}}\n]\n";
    }

    @Test
    void mapsPaperFieldsAuthorsDateAndLinks() {
        Collected c = Collected.resource("formats/hf-daily.json");
        Paper p = c.titled("Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning");
        assertEquals("We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters. "
            + "On GLUE and SuperGLUE it matches full fine-tuning of RoBERTa-large while training 0.3% of the parameters.", p.abstractText());
        PaperMetadata m = p.metadata();
        assertEquals("2403.01234", m.arxivId());
        assertEquals(List.of("Mira Okafor", "Tomás Lindqvist", "Wen-Hui Zhao"), m.authors());
        assertEquals("2024-03-02", m.published());
        assertEquals(List.of("https://github.com/example-lab/sparse-moa", "https://example-lab.github.io/sparse-moa/"), m.links());
        assertEquals("hf-daily", m.sourceName());
        assertEquals("formats/hf-daily.json:2", p.source().toString());
    }

    @Test
    void fallsBackToTheEntryTitleAndKeepsThePapersDate() {
        Paper p = Collected.resource("formats/hf-daily.json").titled("Four-Step Video Diffusion Distillation");
        assertEquals("2403.05678", p.metadata().arxivId());
        assertEquals("2024-03-08", p.metadata().published());
        assertEquals(List.of(), p.metadata().links());
        assertEquals(List.of("Priya Raman"), p.authors());
        assertEquals(27, p.source().line());
    }

    @Test
    void entryWithoutPaperObjectIsABadRecord() {
        String doc = "[{\"title\": \"Only a title\"},\n" + document(good(1)).substring(1);
        Collected c = Collected.skipping(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.json");
        assertEquals(1, c.papers.size());
        assertEquals(List.of("x.json:1: record 1: entry without a \"paper\" object"),
            c.problems.stream().map(Throwable::getMessage).collect(Collectors.toList()));
    }
}
