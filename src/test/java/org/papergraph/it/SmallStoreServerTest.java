package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;
import org.papergraph.paper.SourceLocation;
import org.papergraph.pipeline.GraphBuilder;
import org.papergraph.pipeline.Progress;
import org.papergraph.rdf.Iris;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.ServerConfig;

/**
 * A two-paper store built with {@code GraphBuilder} under another IRI base, one abstract holding
 * markup, served with a tiny query time limit: escaping, local resolution of a custom base, timeouts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmallStoreServerTest {
    static final String BASE = "https://example.org/kg/";
    static final String HOSTILE = "We propose ScriptNet <script>alert(1)</script> for \"quoted\" & <b>bold</b> face parsing with LoRA.";
    static FusekiServer server;
    static String root;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path store = Files.createTempDirectory(Path.of("target"), "small-store").resolve("store");
        List<Paper> papers = List.of(
            new Paper("ScriptNet: Escaping <script> in Titles", HOSTILE, new SourceLocation("test.txt", 1), PaperMetadata.EMPTY),
            new Paper("A Second Paper on Retrieval", "We use BERT on MS MARCO for passage retrieval.", new SourceLocation("test.txt", 5), PaperMetadata.EMPTY));
        new GraphBuilder(new Iris(BASE), 1).build(store, sink -> papers.forEach(sink::paper), List.of("test.txt"), Progress.NONE);
        server = PapergraphServer.start(new ServerConfig(store, 0, null, false, BASE, 0.2));
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void markupFromTheCorpusComesBackEscaped() throws Exception {
        String path = "paper/" + Iris.titleKey("ScriptNet: Escaping <script> in Titles");
        HttpResponse<String> r = SparqlHttp.get(root + "/" + path, "text/html");
        assertEquals(200, r.statusCode(), r.body());
        String html = r.body();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>bold"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<title>ScriptNet: Escaping &lt;script&gt; in Titles"), html);
        assertTrue(html.contains("&quot;quoted&quot; &amp;"), html);
    }

    @Test
    void aCustomBaseIsServedAtTheServerRoot() throws Exception {
        String path = "paper/" + Iris.titleKey("A Second Paper on Retrieval");
        HttpResponse<String> r = SparqlHttp.get(root + "/" + path, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<" + BASE + path + "> <http://purl.org/dc/terms/title> \"A Second Paper on Retrieval\""), r.body());
        assertEquals(200, SparqlHttp.get(root + "/ontology", "text/turtle").statusCode(), "the ontology keeps its own namespace");
        HttpResponse<String> voidDescription = SparqlHttp.get(root + "/void", "text/turtle");
        assertEquals(200, voidDescription.statusCode(), voidDescription.body());
        assertTrue(voidDescription.body().contains("<" + BASE + "void>"), voidDescription.body());
    }

    @Test
    void jsonResultsComeCompactWithTheTitleIntact() throws Exception {
        String query = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?title WHERE { ?p dcterms:title ?title FILTER (STRSTARTS(?title, \"ScriptNet\")) }";
        HttpResponse<String> r = SparqlHttp.post(root + "/papergraph/sparql", query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"head\":{\"vars\":[\"title\"]},\"results\":{\"bindings\":[{\"title\":{\"type\":\"literal\","
            + "\"value\":\"ScriptNet: Escaping <script> in Titles\"}}]}}\n", r.body(), "one line, no indentation");
        assertEquals(List.of(java.util.Map.of("title", "ScriptNet: Escaping <script> in Titles")),
            SparqlHttp.select(root + "/papergraph/sparql", query));
    }

    @Test
    @Order(Integer.MAX_VALUE)   // last: the cancelled queries may still be winding down afterwards
    void aQueryThatRunsOutOfTimeIsAnErrorNotATruncatedResult() throws Exception {
        String slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        for (String accept : List.of("text/csv", "application/sparql-results+json", "text/tab-separated-values")) {
            HttpResponse<String> r = SparqlHttp.post(root + "/papergraph/sparql", slow, accept);
            assertEquals(503, r.statusCode(), accept + ": " + r.body().substring(0, Math.min(300, r.body().length())));
            assertTrue(r.body().contains("Query timed out"), r.body());
        }
        // a quick query under the same limit still answers
        HttpResponse<String> ok = SparqlHttp.post(root + "/papergraph/sparql", "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, ok.statusCode());
    }
}
