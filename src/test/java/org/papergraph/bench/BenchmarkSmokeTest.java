package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.PapergraphCommand;

/**
 * {@code papergraph bench} runs on a tiny corpus with one query and writes every required key, each
 * extraction contender measured in a JVM of its own (no timing assertions).
 */
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
        JsonNode ex = r.path("extraction");
        assertTrue(ex.path("measurement").asText().startsWith("steady state"));
        assertTrue(ex.path("measurement").asText().contains("each in a JVM of its own"), ex.path("measurement").asText());
        assertEquals(ex.path("papers_per_s").asDouble() / ex.path("floor_papers_per_s").asDouble(), ex.path("ratio").asDouble(), 0.01);
        // Each contender ran in a child JVM: three processes, none of them this one.
        Set<Long> pids = new HashSet<>();
        for (String c : List.of("floor", "own_nlp_floor", "pipeline")) {
            long pid = ex.path("jvm_pids").path(c).asLong();
            assertTrue(pid > 0 && pid != ProcessHandle.current().pid(), c + " ran in pid " + pid);
            pids.add(pid);
            // The first round counts among the warm-up rounds; every round is reported, in order, each over the 50 papers.
            JsonNode rounds = ex.path("rounds").path(c);
            assertEquals(ex.path("warm_up_rounds").path(c).asInt() + SteadyStateExtraction.MEASURED_ROUNDS, rounds.size(), c + " rounds");
            assertEquals("first", rounds.get(0).path("phase").asText());
            assertEquals("measured", rounds.get(rounds.size() - 1).path("phase").asText());
            for (JsonNode round : rounds)
                assertEquals(50, round.path("papers").asLong(), c + " papers in " + round);
        }
        assertEquals(3, pids.size(), "three JVMs");
        for (String key : List.of("triples_per_s", "bulk_loader_triples_per_s", "ratio"))
            assertTrue(r.path("load").has(key), "load." + key);
        for (String key : List.of("peak_heap_mb", "peak_rss_mb")) assertTrue(r.path("memory").has(key), "memory." + key);
        for (String key : List.of("cores", "max_heap_mb", "jvm", "os", "load_average_at_start"))
            assertTrue(r.path("machine").has(key), "machine." + key);
        assertEquals(2, r.path("queries").size());   // the one query, on the bundled and the synthetic store
        for (JsonNode q : r.path("queries"))
            for (String key : List.of("name", "corpus", "median_ms", "p95_ms")) assertTrue(q.has(key), "queries[]." + key);
        assertTrue(out.toString().contains("| extraction papers/s, steady state (vs NLP floor) | "), out.toString());
        assertTrue(out.toString().contains("pipeline, measured round: "), out.toString());
        assertTrue(Files.notExists(dir.resolve("work")), "work folder removed");
    }
}
