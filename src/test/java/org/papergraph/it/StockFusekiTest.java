package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A stock Fuseki server (Jena's own main class, in its own JVM) started with fuseki/config.ttl,
 * unchanged, in a folder whose ./store is the built graph, serves the same answers.
 */
class StockFusekiTest {
    @Test
    void stockFusekiServesTheStoreFromTheConfigFileUnchanged() throws Exception {
        BuiltCorpus.ensureBuilt();
        Path work = Files.createTempDirectory(Path.of("target"), "stock-fuseki");
        Files.createSymbolicLink(work.resolve("store"), BuiltCorpus.STORE.toAbsolutePath());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process fuseki = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + port,
            "--config=" + Path.of("fuseki", "config.ttl").toAbsolutePath())
            .directory(work.toFile()).redirectErrorStream(true)
            .redirectOutput(new File(work.toFile(), "fuseki.log")).start();
        try {
            String endpoint = "http://localhost:" + port + "/papergraph/sparql";
            List<Map<String, String>> rows = null;
            for (int i = 0; i < 120 && rows == null; i++) {
                try {
                    rows = SparqlHttp.select(endpoint, """
                        SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/papergraph/ontology#Paper> }""");
                } catch (java.io.IOException notYet) {
                    assertTrue(fuseki.isAlive(), () -> "stock Fuseki exited: " + read(work.resolve("fuseki.log")));
                    Thread.sleep(500);
                }
            }
            assertTrue(rows != null, () -> "stock Fuseki did not answer: " + read(work.resolve("fuseki.log")));
            assertEquals("485", rows.get(0).get("n"));
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
