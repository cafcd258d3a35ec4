package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.pipeline.UpdateInput;
import org.papergraph.rdf.Iris;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.ServerConfig;
import org.papergraph.server.UpdateClient;
import org.papergraph.server.UpdateModule;

/** Updates through the server: behind a login, while readers go on seeing either the old or the new state, never a half. */
class ServerUpdateTest {
    static final Path FORMATS = Path.of("src/test/resources/formats");
    /** Papers, and papers whose source graph is not (yet) visible: a half-written update would show the second above 0. */
    static final String STATE = """
        PREFIX pg: <https://w3id.org/papergraph/ontology#>
        SELECT (COUNT(DISTINCT ?p) AS ?papers) (COUNT(DISTINCT ?half) AS ?halves) WHERE {
          ?p a pg:Paper .
          OPTIONAL { FILTER NOT EXISTS { ?p pg:titleKey ?k } BIND(?p AS ?half) }
        }""";
    FusekiServer server;
    String root;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path credentials = dir.resolve("users.txt");
        Files.writeString(credentials, "editor: s3cret\n");
        server = PapergraphServer.start(new ServerConfig(dir.resolve("store"), 0, null, false),
            List.of(new UpdateModule(credentials, Iris.standard())));
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterEach
    void stop() { server.stop(); }

    @Test
    void readersSeeTheOldOrTheNewStateDuringAdd() throws Exception {
        UpdateClient client = new UpdateClient(URI.create(root), "editor:s3cret");
        client.add(List.of(UpdateInput.of(FORMATS.resolve("hf-daily.json"))), false);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    Map<String, String> row = SparqlHttp.select(root + "/papergraph/sparql", STATE).get(0);
                    seen.add(row.get("papers") + "/" + row.get("halves"));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        // Adds three more papers (ACL and PwC's second) and gives the first a second source.
        String report = client.add(List.of(UpdateInput.of(FORMATS.resolve("acl-2023.acl.xml")),
            UpdateInput.of(FORMATS.resolve("pwc-papers-with-abstracts.json"))), false);
        done.set(true);
        reader.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertTrue(report.contains("Added 2 paper(s)"), report);
        Set<String> states = new TreeSet<>(seen);
        assertTrue(Set.of("2/0", "4/0", "5/0").containsAll(states), "states seen: " + states);
        assertEquals("5/0", SparqlHttp.select(root + "/papergraph/sparql", STATE).stream()
            .map(r -> r.get("papers") + "/" + r.get("halves")).findFirst().orElseThrow());
    }

    @Test
    void updatesNeedCredentialsAndQueriesDoNot() throws Exception {
        UpdateClient anonymous = new UpdateClient(URI.create(root), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> anonymous.add(List.of(UpdateInput.of(FORMATS.resolve("hf-daily.json"))), false));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new UpdateClient(URI.create(root), "editor:wrong").remove(List.of("2403.01234")));
        assertEquals("0", SparqlHttp.select(root + "/papergraph/sparql", STATE).get(0).get("papers"));
    }

    @Test
    void removeThroughTheServer() throws Exception {
        UpdateClient client = new UpdateClient(URI.create(root), "editor:s3cret");
        client.add(List.of(UpdateInput.of(FORMATS.resolve("hf-daily.json"))), false);
        assertTrue(client.remove(List.of("2403.05678")).contains("arxiv-2403.05678"));
        assertEquals("1", SparqlHttp.select(root + "/papergraph/sparql", STATE).get(0).get("papers"));
    }
}
