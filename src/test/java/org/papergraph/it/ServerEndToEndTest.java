package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.ServerConfig;

/** The bundled corpus built into a real TDB2 store and served by the embedded Fuseki, queried over HTTP. */
class ServerEndToEndTest {
    static final String PREFIXES = """
        PREFIX pg: <https://w3id.org/papergraph/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        """;
    static final String SEGFACE = "SegFace: Face Segmentation of Long-Tail Classes";
    static FusekiServer server;
    static String root;
    static String sparql;

    @BeforeAll
    static void start() {
        BuiltCorpus.ensureBuilt();
        server = PapergraphServer.start(new ServerConfig(BuiltCorpus.STORE, 0, null, true));
        root = "http://localhost:" + server.getHttpPort();
        sparql = root + "/papergraph/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void segFacePaperProposesSegFaceAndLinksItsRepository() throws Exception {
        List<Map<String, String>> rows = SparqlHttp.select(sparql, PREFIXES + """
            SELECT ?label ?repo WHERE {
              ?p a pg:Paper ; dcterms:title "%s" ; pg:proposes ?e ; pg:codeRepository ?repo .
              ?e rdfs:label ?label .
            }""".formatted(SEGFACE));
        assertTrue(rows.stream().anyMatch(r -> r.get("label").equals("SegFace")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("repo").equals("https://github.com/Kartik-3004/SegFace")), rows.toString());
    }

    @Test
    void paperListedOnTwoPagesIsOnePaper() throws Exception {
        List<Map<String, String>> rows = SparqlHttp.select(sparql, PREFIXES
            + "SELECT ?p WHERE { ?p a pg:Paper ; dcterms:title \"" + SEGFACE + "\" }");
        assertEquals(1, rows.size(), rows.toString());
    }

    @Test
    void everyStatementHasEvidenceWithTheSentenceItCameFrom() throws Exception {
        List<Map<String, String>> rows = SparqlHttp.select(sparql, PREFIXES + """
            SELECT ?sentence ?exact ?start ?conf WHERE {
              ?p dcterms:title "%s" ; pg:proposes ?e . ?e rdfs:label "SegFace" .
              ?a a oa:Annotation ; pg:paper ?p ; oa:hasBody ?e ; pg:role pg:proposes ; pg:confidence ?conf ; pg:sentence ?sentence ;
                 oa:hasTarget/oa:hasSelector ?q, ?pos .
              ?q oa:exact ?exact . ?pos oa:start ?start .
            }""".formatted(SEGFACE));
        assertFalse(rows.isEmpty());
        Map<String, String> r = rows.get(0);
        assertEquals("SegFace", r.get("exact"));
        assertTrue(r.get("sentence").contains("SegFace"), r.get("sentence"));
        double conf = Double.parseDouble(r.get("conf"));
        assertTrue(conf > 0 && conf <= 1, "confidence " + conf);
    }

    @Test
    void queryEndpointAnswersGetAndPostInEveryStandardResultFormat() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/papergraph/ontology#Paper> }";
        String url = sparql + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values")) {
            HttpResponse<String> get = SparqlHttp.get(url, accept);
            assertEquals(200, get.statusCode(), accept);
            assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            assertTrue(get.body().contains("485"), accept + ": " + get.body());
            HttpResponse<String> post = SparqlHttp.post(sparql, q, accept);
            assertEquals(200, post.statusCode(), accept);
            assertTrue(post.body().contains("485"), accept);
        }
    }

    @Test
    void graphStoreProtocolReturnsAPaperGraphAsTurtle() throws Exception {
        List<Map<String, String>> rows = SparqlHttp.select(sparql, PREFIXES
            + "SELECT ?g WHERE { GRAPH ?g { ?p dcterms:title \"" + SEGFACE + "\" } }");
        String graph = rows.get(0).get("g");
        HttpResponse<String> r = SparqlHttp.get(root + "/papergraph/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, m.createProperty("http://purl.org/dc/terms/title"), SEGFACE));
    }

    @Test
    void fusekiQueryUiIsServed() throws Exception {
        HttpResponse<String> index = SparqlHttp.get(root + "/", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<html") || index.body().contains("<!DOCTYPE html"), index.body());
        HttpResponse<String> datasets = SparqlHttp.get(root + "/$/datasets", "application/json");
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("/papergraph"));
    }
}
