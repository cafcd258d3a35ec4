package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.ServerConfig;

/** The graph's IRIs dereferenced over HTTP against the served bundled corpus: formats, HTML, errors, CORS, VoID, search. */
class LinkedDataTest {
    static final String BASE = "https://w3id.org/papergraph/";
    static final String PG = BASE + "ontology#";
    static final String SEGFACE = ServerEndToEndTest.SEGFACE;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static FusekiServer server;
    static String root;
    static String paperPath;

    @BeforeAll
    static void start() throws Exception {
        BuiltCorpus.ensureBuilt();
        server = PapergraphServer.start(new ServerConfig(BuiltCorpus.STORE, 0, null, true));
        root = "http://localhost:" + server.getHttpPort();
        List<Map<String, String>> rows = SparqlHttp.select(root + "/papergraph/sparql",
            "SELECT ?p WHERE { ?p <http://purl.org/dc/terms/title> \"" + SEGFACE + "\" }");
        paperPath = rows.get(0).get("p").substring(BASE.length());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static Model parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(lang).base(BASE).parse(m);
        return m;
    }

    static Property pg(Model m, String local) { return m.createProperty(PG + local); }

    @Test
    void paperIsServedInEveryRdfFormatWithItsTitleAndWhatItProposes() throws Exception {
        Map<String, Lang> formats = Map.of("text/turtle", Lang.TURTLE, "application/n-triples", Lang.NTRIPLES,
            "application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML);
        for (Map.Entry<String, Lang> f : formats.entrySet()) {
            HttpResponse<String> r = SparqlHttp.get(root + "/" + paperPath, f.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()), f.getKey());
            Model m = parse(r, f.getValue());
            Resource paper = m.createResource(BASE + paperPath);
            assertTrue(m.contains(paper, m.createProperty("http://purl.org/dc/terms/title"), SEGFACE), f.getKey());
            assertTrue(m.contains(paper, pg(m, "proposes"), m.createResource(BASE + "entity/segface")), f.getKey());
            // the evidence sentences come with the paper
            assertTrue(m.listObjectsOfProperty(pg(m, "sentence")).toList().stream()
                .anyMatch(s -> s.asLiteral().getString().contains("we propose SegFace")), f.getKey());
        }
    }

    @Test
    void formatParameterAndQValuesChooseTheRepresentation() throws Exception {
        HttpResponse<String> r = SparqlHttp.get(root + "/" + paperPath + "?format=nt", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        r = SparqlHttp.get(root + "/entity/segface", "text/turtle;q=0.5, application/ld+json;q=0.9, */*;q=0.1");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        r = SparqlHttp.get(root + "/entity/segface", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void paperPageIsBrowsableHtmlWithTheEvidenceMarkedInTheAbstract() throws Exception {
        HttpResponse<String> r = SparqlHttp.get(root + "/" + paperPath, "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<title>" + SEGFACE), html);
        assertTrue(html.contains("<mark title=\"proposes: SegFace\"><a href=\"/entity/segface\">SegFace</a></mark>"), html);
        assertTrue(html.contains("href=\"/entity/face-parsing\"") || html.contains("href=\"/entity/"), html);
        assertTrue(html.contains("href=\"?format=ttl\"") && html.contains("href=\"?format=jsonld\""), html);
        assertTrue(html.contains("CONSTRUCT") && html.contains("&lt;" + BASE + paperPath + "&gt;"), "shows its query");
        assertTrue(html.contains("href=\"https://github.com/Kartik-3004/SegFace\""), "external links stay external");
    }

    @Test
    void entityListsThePapersThatMentionItByRole() throws Exception {
        Model m = parse(SparqlHttp.get(root + "/entity/segface", "text/turtle"), Lang.TURTLE);
        Resource paper = m.createResource(BASE + paperPath);
        assertTrue(m.contains(paper, pg(m, "proposes"), m.createResource(BASE + "entity/segface")));
        assertTrue(m.contains(paper, m.createProperty("http://purl.org/dc/terms/title"), SEGFACE), "labels of linked papers");
        String html = SparqlHttp.get(root + "/entity/segface", "text/html").body();
        assertTrue(html.matches("(?s).*<h3>proposes \\(\\d+\\)</h3>.*"), html);
        assertTrue(html.contains("<a href=\"/" + paperPath + "\">" + SEGFACE + "</a>"), html);
    }

    @Test
    void ontologyResolvesAsRdfAndAsDocumentation() throws Exception {
        for (var f : Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML,
                "application/n-triples", Lang.NTRIPLES).entrySet()) {
            Model m = parse(SparqlHttp.get(root + "/ontology", f.getKey()), f.getValue());
            assertTrue(m.contains(m.createResource(PG + "Paper"), RDF.type, OWL.Class), f.getKey());
            assertTrue(m.contains(m.createResource(BASE + "ontology"), RDF.type, OWL.Ontology), f.getKey());
        }
        String html = SparqlHttp.get(root + "/ontology", "text/html").body();
        assertTrue(html.contains("<section id=\"Paper\">") && html.contains("<section id=\"proposes\">"), html);
        assertTrue(html.contains("domain") && html.contains("range"), html);
    }

    @Test
    void namedGraphIsServedAsTrig() throws Exception {
        String graphPath = "graph/" + paperPath;
        HttpResponse<String> r = SparqlHttp.get(root + "/" + graphPath, "application/trig");
        assertEquals(200, r.statusCode(), r.body());
        Dataset ds = DatasetFactory.create();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TRIG).parse(ds);
        assertTrue(ds.containsNamedModel(BASE + graphPath));
        assertFalse(ds.getNamedModel(BASE + graphPath).isEmpty());
    }

    @Test
    void unknownIrisAre404AndUnsupportedTypes406() throws Exception {
        assertEquals(404, SparqlHttp.get(root + "/entity/no-such-entity-anywhere", "text/turtle").statusCode());
        assertEquals(404, SparqlHttp.get(root + "/paper/t-000000000000", "text/html").statusCode());
        HttpResponse<String> r = SparqlHttp.get(root + "/entity/segface", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
        assertEquals(406, SparqlHttp.get(root + "/entity/segface", "text/turtle;q=0, text/html;q=0").statusCode());
    }

    @Test
    void corsOnResourcesAndTheEndpointIncludingPreflight() throws Exception {
        for (String path : List.of("/entity/segface", "/papergraph/sparql")) {
            HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(root + path + (path.contains("sparql") ? "?query=ASK%7B%7D" : "")))
                .header("Origin", "https://yasgui.example").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get.statusCode(), path);
            assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path + " " + get.headers().map());
            HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(root + path))
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type, Accept")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, preflight.statusCode(), path);
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), path + " " + preflight.headers().map());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path);
        }
    }

    @Test
    void jsonLdContextIsPublished() throws Exception {
        HttpResponse<String> r = SparqlHttp.get(root + "/context.jsonld", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"pg\": \"" + PG + "\""), r.body());
        String jsonld = SparqlHttp.get(root + "/entity/segface", "application/ld+json").body();
        assertTrue(jsonld.contains("\"pg\": \"" + PG + "\"") || jsonld.contains("\"pg\":\"" + PG + "\""), "same context inline");
    }

    @Test
    void voidDescribesTheDatasetAndIsStoredInTheStore() throws Exception {
        for (String path : List.of("/void", "/.well-known/void")) {
            Model m = parse(SparqlHttp.get(root + path, "text/turtle"), Lang.TURTLE);
            Resource ds = m.createResource(BASE + "void");
            Property v = m.createProperty("http://rdfs.org/ns/void#triples");
            assertTrue(ds.hasProperty(RDF.type, m.createResource("http://rdfs.org/ns/void#Dataset")), path);
            assertTrue(ds.getProperty(v).getLong() > 10_000, path);
            assertTrue(ds.hasProperty(m.createProperty("http://rdfs.org/ns/void#sparqlEndpoint")), path);
            assertTrue(m.listObjectsOfProperty(m.createProperty("http://rdfs.org/ns/void#class")).toList().contains(m.createResource(PG + "Paper")));
            assertTrue(ds.hasProperty(m.createProperty("http://rdfs.org/ns/void#exampleResource")));
        }
        List<Map<String, String>> rows = SparqlHttp.select(root + "/papergraph/sparql", """
            PREFIX void: <http://rdfs.org/ns/void#>
            SELECT ?n WHERE { GRAPH <%sgraph/void> { ?cp void:class <%sPaper> ; void:entities ?n } }""".formatted(BASE, PG));
        assertEquals("485", rows.get(0).get("n"));
    }

    @Test
    void endpointAnswersGetWithoutQueryWithItsServiceDescription() throws Exception {
        Model m = parse(SparqlHttp.get(root + "/papergraph/sparql", "text/turtle"), Lang.TURTLE);
        Resource service = m.createResource(root + "/papergraph/sparql");
        assertTrue(service.hasProperty(RDF.type, m.createResource("http://www.w3.org/ns/sparql-service-description#Service")));
        assertTrue(service.hasProperty(m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"), service));
    }

    @Test
    void textSearchFindsSegFaceByItsTopic() throws Exception {
        String query = Files.readString(Path.of("queries", "16-text-search.rq"));
        List<Map<String, String>> rows = SparqlHttp.select(root + "/papergraph/sparql", query);
        assertTrue(rows.stream().anyMatch(r -> SEGFACE.equals(r.get("title"))), rows.toString());
        rows = SparqlHttp.select(root + "/papergraph/sparql", """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?title WHERE { ?p text:query "segmentation" ; dcterms:title ?title }""");
        assertTrue(rows.stream().anyMatch(r -> SEGFACE.equals(r.get("title"))), rows.toString());
    }
}
