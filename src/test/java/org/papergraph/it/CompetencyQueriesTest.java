package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.ServerConfig;

/** Every query in queries/ runs over HTTP against the bundled corpus and returns the rows a researcher expects. */
class CompetencyQueriesTest {
    static FusekiServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        BuiltCorpus.ensureBuilt();
        server = PapergraphServer.start(new ServerConfig(BuiltCorpus.STORE, 0, null, false));
        sparql = "http://localhost:" + server.getHttpPort() + "/papergraph/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static List<Map<String, String>> run(String file) throws Exception {
        return SparqlHttp.select(sparql, Files.readString(Path.of("queries", file)));
    }

    static boolean anyRow(List<Map<String, String>> rows, String column, String contains) {
        return rows.stream().anyMatch(r -> r.getOrDefault(column, "").contains(contains));
    }

    @Test
    void everyQueryFileRunsAndStatesItsQuestion() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f);
                assertTrue(text.startsWith("# Question:"), f + " must start with its question");
                SparqlHttp.select(sparql, text);   // throws on any HTTP or syntax error
            }
        }
    }

    @Test
    void papersUsingLoraIncludeQloraAndLora() throws Exception {
        List<Map<String, String>> rows = run("01-papers-using-lora.rq");
        assertTrue(anyRow(rows, "title", "The Unreasonable Effectiveness of Easy Training Data for Hard Tasks"), rows.toString());
        assertTrue(anyRow(rows, "entityLabel", "QLoRA"), rows.toString());
    }

    @Test
    void papersProposingDatasetsIncludeArFake() throws Exception {
        List<Map<String, String>> rows = run("08-papers-proposing-datasets.rq");
        assertTrue(rows.stream().anyMatch(r -> r.values().stream().anyMatch(v -> v.contains("ArFake"))), rows.toString());
    }

    @Test
    void mostUsedDatasetsAreCountedInOrder() throws Exception {
        List<Map<String, String>> rows = run("03-most-used-datasets.rq");
        assertFalse(rows.isEmpty());
        String countColumn = rows.get(0).keySet().stream().filter(k -> k.toLowerCase().contains("paper") && !k.equals("paper"))
            .filter(k -> rows.get(0).get(k).matches("\\d+")).findFirst().orElseThrow(() -> new AssertionError(rows.get(0).toString()));
        int previous = Integer.MAX_VALUE;
        for (Map<String, String> r : rows) {
            int n = Integer.parseInt(r.get(countColumn));
            assertTrue(n <= previous, "ordered by count: " + rows);
            previous = n;
        }
    }

    @Test
    void evidenceForSegFaceQuotesItsSentence() throws Exception {
        List<Map<String, String>> rows = run("09-evidence-for-paper-entity.rq");
        assertTrue(rows.stream().anyMatch(r -> r.values().stream().anyMatch(v -> v.contains("we propose SegFace"))), rows.toString());
    }

    @Test
    void textSearchAnswersAsBeforeHitsWereGroupedOnce() throws Exception {
        // The query before its hits were grouped (src/test/resources/scanning-queries/text/), over the
        // whole answer (no LIMIT) for a word with many hits, some of them the same label in several graphs.
        String now = Files.readString(Path.of("queries", "16-text-search.rq"));
        String before = Files.readString(Path.of("src/test/resources/scanning-queries/text/16-text-search.rq"));
        for (String search : List.of("\\\"face parsing\\\"", "face", "segmentation")) {
            List<Map<String, String>> expected = sorted(SparqlHttp.select(sparql, whole(before, search)));
            List<Map<String, String>> actual = sorted(SparqlHttp.select(sparql, whole(now, search)));
            assertFalse(expected.isEmpty(), search);
            assertEquals(expected, actual, search);
        }
        assertTrue(anyRow(run("16-text-search.rq"), "title", "SegFace"), "face parsing finds SegFace");
    }

    /** The text search query for another Lucene query, without its LIMIT. */
    private static String whole(String query, String search) {
        return query.replace("\\\"face parsing\\\"", search).replace("LIMIT 20", "");
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(Map::toString)).toList();
    }

    @Test
    void segFaceCodeIsFoundThroughItsConcept() throws Exception {
        List<Map<String, String>> rows = run("05-code-for-concept.rq");
        assertTrue(rows.stream().anyMatch(r -> r.values().stream().anyMatch(v -> v.equals("https://github.com/Kartik-3004/SegFace"))), rows.toString());
    }
}
