package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.listing.PaperInputs;
import org.papergraph.paper.Paper;

/** The synthetic corpus generator: deterministic, distinct titles, readable, made of corpus sentences. */
class CorpusGeneratorTest {
    @TempDir Path dir;

    @Test
    void sameSeedGivesTheSameFileAndAnotherSeedAnother() throws Exception {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt"), c = dir.resolve("c.txt");
        new CorpusGenerator(7).write(300, CorpusFormat.LISTING, a, n -> {});
        new CorpusGenerator(7).write(300, CorpusFormat.LISTING, b, n -> {});
        new CorpusGenerator(8).write(300, CorpusFormat.LISTING, c, n -> {});
        assertEquals(Files.readString(a), Files.readString(b));
        assertFalse(Files.readString(a).equals(Files.readString(c)));
    }

    @Test
    void listingIsReadBackByTheProjectsReadersWithDistinctTitles() throws Exception {
        Path file = dir.resolve("corpus.txt.gz");
        new CorpusGenerator(1).write(2000, CorpusFormat.LISTING, file, n -> {});
        List<Paper> papers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            PaperInputs.read(in, file.toString(), papers::add);
        }
        assertEquals(2000, papers.size());
        Set<String> titles = new HashSet<>();
        for (Paper p : papers) titles.add(p.title());
        assertEquals(2000, titles.size());
    }

    @Test
    void abstractsAreSentencesOfTheBundledCorpus() {
        CorpusPool pool = CorpusPool.bundled();
        Set<String> corpusSentences = new HashSet<>();
        for (List<CorpusPool.PooledSentence> part : List.of(pool.openings, pool.middles, pool.closings))
            for (CorpusPool.PooledSentence s : part) corpusSentences.add(s.text());
        SyntheticPapers papers = new SyntheticPapers(pool, 3);
        int sentences = 0, verbatim = 0;
        for (long i = 0; i < 200; i++) {
            SyntheticPaper p = papers.paper(i);
            assertTrue(p.title().contains(": "), p.title());
            for (String s : p.abstractText().split("(?<=[.!?])\\s+(?=[A-Z\"(])")) {
                sentences++;
                if (corpusSentences.contains(s)) verbatim++;
            }
        }
        // Sentences with decimals or the source paper's name are rewritten; the rest are verbatim.
        assertTrue(verbatim > sentences * 0.7, verbatim + " of " + sentences + " sentences verbatim");
    }

    @Test
    void namesAreDistinctOverAMillionIndexes() {
        SyntheticNames names = new SyntheticNames(42);
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 1_000_000; i++) assertTrue(seen.add(names.name(i)), names.name(i));
    }

    @Test
    void arxivJsonLinesCarryTheSnapshotKeys() throws Exception {
        Path file = dir.resolve("arxiv.jsonl");
        new CorpusGenerator(1).write(50, CorpusFormat.ARXIV_JSONL, file, n -> {});
        List<String> lines = Files.readAllLines(file);
        assertEquals(50, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode r = json.readTree(line);
            for (String key : List.of("id", "submitter", "authors", "title", "abstract", "categories", "doi", "update_date", "versions", "authors_parsed"))
                assertTrue(r.has(key), key + " missing in " + line);
            assertTrue(ids.add(r.get("id").asText()));
            assertTrue(r.get("authors_parsed").get(0).size() == 3);
            assertTrue(r.get("abstract").asText().strip().length() > 80);
        }
    }
}
