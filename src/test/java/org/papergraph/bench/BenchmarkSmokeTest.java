package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.PapergraphCommand;

/** {@code papergraph bench} runs on a tiny corpus with one query and writes every required key (no timing assertions). */
class BenchmarkSmokeTest {
    @TempDir Path dir;

    @Test
    void benchWritesTheReport() throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        var cl = PapergraphCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        int status = cl.execute("bench", "--papers", "50", "--json", json.toString(), "--work", dir.resolve("work").toString(),
            "--query-filter", "11-graph-summary", "--runs", "2");
        assertEquals(0, status, out.toString());
        JsonNode r = new ObjectMapper().readTree(Files.readString(json));
        for (String key : List.of("papers_per_s", "tokens_per_s", "floor_papers_per_s", "ratio", "own_nlp_floor_papers_per_s", "own_nlp_ratio"))
            assertTrue(r.path("extraction").has(key), "extraction." + key);
        for (String key : List.of("ratio", "cpu_ratio", "jit_ms")) assertTrue(r.path("extraction").path("first_round").has(key), "first_round." + key);
        assertTrue(r.path("extraction").path("measurement").asText().startsWith("steady state"));
        // The first round counts among the warm-up rounds.
        int rounds = r.path("extraction").path("warm_up_rounds").asInt() + SteadyStateExtraction.MEASURED_ROUNDS;
        assertEquals(rounds, r.path("extraction").path("rounds").size(), "every round reported");
        for (String key : List.of("triples_per_s", "bulk_loader_triples_per_s", "ratio"))
            assertTrue(r.path("load").has(key), "load." + key);
        for (String key : List.of("peak_heap_mb", "peak_rss_mb")) assertTrue(r.path("memory").has(key), "memory." + key);
        for (String key : List.of("cores", "max_heap_mb", "jvm", "os", "load_average_at_start"))
            assertTrue(r.path("machine").has(key), "machine." + key);
        assertEquals(2, r.path("queries").size());   // the one query, on the bundled and the synthetic store
        for (JsonNode q : r.path("queries"))
            for (String key : List.of("name", "corpus", "median_ms", "p95_ms")) assertTrue(q.has(key), "queries[]." + key);
        assertTrue(out.toString().contains("| extraction papers/s"), out.toString());
        assertTrue(Files.notExists(dir.resolve("work")), "work folder removed");
    }
}
