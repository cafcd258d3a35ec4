package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ArxivJsonlReaderTest extends ReaderContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override PaperReader reader() { return new ArxivJsonlReader(); }

    @Override
    String document(List<Rec> records) {
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            ObjectNode paper = JSON.createObjectNode().put("id", "2403.0000" + (i + 1)).put("submitter", "Author " + (i + 1));
            if (records.get(i).title() != null) paper.put("title", records.get(i).title());
            if (records.get(i).abstractText() != null) paper.put("abstract", records.get(i).abstractText());
            paper.put("categories", "cs.LG").put("update_date", "2024-03-0" + (i % 9 + 1));
            doc.append(paper).append('\n');
        }
        return doc.toString();
    }

    @Override long firstRecordLine() { return 1; }

    @Override String recordId(int n) { return "arXiv 2403.0000" + n; }

    @Override
    String malformed() {
        return "{\"id\": \"2403.00001\", \"submitter\": \"A\", \"title\": \"Paper Number 1\", \"abstract\": \"" + ABSTRACT + "\"}\n"
            + "{\"id\": \"2403.00002\", \"submitter\": \"A\", \"title\": \"Paper Number 2\" \"abstract\": \"x\"}\n";
    }

    @Test
    void mapsOrderedAuthorsCategoriesDoiVenueAndFirstVersionDate() {
        Paper p = Collected.resource("formats/arxiv-snapshot.jsonl").titled("Sparse Mixture-of-Adapters for Parameter-Efficient Fine-Tuning");
        PaperMetadata m = p.metadata();
        assertEquals("2403.01234", m.arxivId());
        assertEquals(List.of("Mira Okafor", "Tomás Lindqvist", "Wen-Hui Zhao"), m.authors());
        assertEquals(List.of("cs.CL", "cs.LG"), m.categories());
        assertEquals("10.18653/v1/2024.example.17", m.doi());
        assertEquals("Findings of EMNLP 2024", m.venue());
        assertEquals("2024-03-02", m.published());
        assertEquals("arxiv-jsonl", m.sourceName());
        assertEquals("formats/arxiv-snapshot.jsonl:1", p.source().toString());
        assertEquals("We introduce a sparse mixture of low-rank adapters (LoRA) that routes each token to a small subset of adapters. "
            + "On GLUE and SuperGLUE it matches full fine-tuning of RoBERTa-large while training 0.3% of the parameters.", p.abstractText());
    }

    @Test
    void oldStyleIdsSuffixesBlankLinesAndDoiPrefixes() {
        Collected c = Collected.resource("formats/arxiv-snapshot.jsonl");
        Paper kde = c.titled("Kernel Density Estimates on Manifolds");
        assertEquals(List.of("H. Vale", "R. Osei Jr"), kde.authors());
        assertEquals("2007-04-02", kde.metadata().published());
        assertNull(kde.metadata().doi());
        assertEquals(List.of("stat.ML", "math.ST"), kde.metadata().categories());
        Paper walks = c.titled("A Note on Random Walks");
        assertEquals("math/0406592", walks.metadata().arxivId());
        assertEquals("10.1000/jp.2005.001", walks.metadata().doi());
        assertEquals(4, walks.source().line());   // line 3 is blank
    }

    @Test
    void gzippedSnapshotReadsTheSameFromAFileWithItsRealName(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("arxiv-snapshot.jsonl.gz");
        Files.write(gz, Collected.bytes("formats/arxiv-snapshot.jsonl.gz"));
        List<Paper> papers = new ArrayList<>();
        PaperInputs.readFiles(List.of(gz), papers::add);
        assertEquals(Collected.resource("formats/arxiv-snapshot.jsonl").papers.stream().map(Paper::title).toList(),
            papers.stream().map(Paper::title).toList());
        assertEquals(gz + ":4", papers.get(2).source().toString());
    }

    @Test
    void truncatedGzipFails() {
        byte[] gz = Collected.bytes("formats/arxiv-snapshot.jsonl.gz");
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        ListingException e = org.junit.jupiter.api.Assertions.assertThrows(ListingException.class,
            () -> Collected.failFast(new java.io.ByteArrayInputStream(cut), "cut.jsonl.gz"));
        assertEquals("cut.jsonl.gz", e.file());
    }

    @Test
    void aMalformedLineIsOneBadRecordAndTheNextLinesStillArrive() {
        String doc = document(good(1)) + "{\"id\": \"2403.00002\", \"title\": \n" + document(good(3)).lines().skip(2).findFirst().orElseThrow() + "\n";
        Collected c = Collected.skipping(doc.getBytes(StandardCharsets.UTF_8), "s.jsonl");
        assertEquals(List.of("Paper Number 1", "Paper Number 3"), c.papers.stream().map(Paper::title).toList());
        assertEquals(1, c.problems.size());
        assertEquals(2, c.problems.get(0).line());
    }
}
