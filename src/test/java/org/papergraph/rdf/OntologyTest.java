package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.store.stats.StatisticsGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology declares every PG term, the shapes accept the graph model and reject its violations, the queries answer. */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology/papergraph.ttl");
    static final Path SHAPES = Path.of("ontology/shapes.ttl");
    static final Path QUERIES = Path.of("queries");
    static final String ONTOLOGY_IRI = "https://w3id.org/papergraph/ontology";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String OA = "http://www.w3.org/ns/oa#";

    static final String PAPER = "https://w3id.org/papergraph/paper/";
    static final String ENT = "https://w3id.org/papergraph/entity/";
    static final String RESULT = "https://w3id.org/papergraph/result/";
    static final String ANNOTATION = "https://w3id.org/papergraph/annotation/";

    /**
     * A small store laid out as docs/graph-model.md describes: one named graph per paper, the
     * vocabulary and the runs in their own graphs. Papers 2 to 5 exist for the queries: QLoRA is
     * narrower than LoRA in the vocabulary, ALoRA a variant of it, PEFT broader (so no match).
     */
    static final String EXAMPLE = """
        @prefix pg:      <https://w3id.org/papergraph/ontology#> .
        @prefix pgv:     <https://w3id.org/papergraph/vocabulary/> .
        @prefix ent:     <https://w3id.org/papergraph/entity/> .
        @prefix paper:   <https://w3id.org/papergraph/paper/> .
        @prefix result:  <https://w3id.org/papergraph/result/> .
        @prefix ann:     <https://w3id.org/papergraph/annotation/> .
        @prefix graph:   <https://w3id.org/papergraph/graph/> .
        @prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
        @prefix oa:      <http://www.w3.org/ns/oa#> .
        @prefix prov:    <http://www.w3.org/ns/prov#> .
        @prefix fabio:   <http://purl.org/spar/fabio/> .
        @prefix schema:  <https://schema.org/> .

        graph:paper\\/t-0a1b2c3d4e5f {
          paper:t-0a1b2c3d4e5f a pg:Paper, fabio:ResearchPaper, schema:ScholarlyArticle ;
              dcterms:title "SegFace: Face Segmentation of Long-Tail Classes" ;
              dcterms:abstract "Face parsing refers to the semantic segmentation of human faces. To address this issue, we propose SegFace, a simple and efficient approach." ;
              pg:titleSection <https://w3id.org/papergraph/paper/t-0a1b2c3d4e5f#title> ;
              pg:abstractSection <https://w3id.org/papergraph/paper/t-0a1b2c3d4e5f#abstract> ;
              pg:proposes ent:segface ;
              pg:addresses ent:face-parsing ;
              pg:uses ent:celebamask-hq, ent:lapa, ent:mean-f1-score ;
              pg:studies ent:long-tail-class ;
              pg:reports result:t-0a1b2c3d4e5f-1 ;
              pg:codeRepository <https://github.com/Kartik-3004/SegFace> ;
              pg:sourceFile "corpus/003_b2972b01b4ab024d.txt" ; pg:sourceLine 11 ;
              prov:wasGeneratedBy <https://w3id.org/papergraph/run/r1> .
          <https://w3id.org/papergraph/paper/t-0a1b2c3d4e5f#title> a pg:TextSection ;
              rdf:value "SegFace: Face Segmentation of Long-Tail Classes" .
          <https://w3id.org/papergraph/paper/t-0a1b2c3d4e5f#abstract> a pg:TextSection ;
              rdf:value "Face parsing refers to the semantic segmentation of human faces. To address this issue, we propose SegFace, a simple and efficient approach." .
          ent:segface a pg:Method ; rdfs:label "SegFace" .
          ent:face-parsing a pg:Task ; rdfs:label "face parsing" ; skos:altLabel "face segmentation" .
          ent:celebamask-hq a pg:Dataset ; rdfs:label "CelebAMask-HQ" .
          ent:lapa a pg:Dataset ; rdfs:label "LaPa" .
          ent:mean-f1-score a pg:Metric ; rdfs:label "mean F1 score" .
          ent:long-tail-class a pg:Concept ; rdfs:label "long-tail classes" .
          result:t-0a1b2c3d4e5f-1 a pg:Result ;
              pg:value 88.96 ; pg:valueText "88.96" ;
              pg:metric ent:mean-f1-score ; pg:dataset ent:celebamask-hq ; pg:method ent:segface .
          ann:t-0a1b2c3d4e5f-1 a oa:Annotation ;
              oa:motivatedBy oa:identifying ;
              oa:hasBody ent:segface ;
              pg:paper paper:t-0a1b2c3d4e5f ;
              pg:role pg:proposes ;
              pg:confidence "0.95"^^xsd:double ;
              pg:sentence "To address this issue, we propose SegFace, a simple and efficient approach." ;
              oa:hasTarget [ a oa:SpecificResource ;
                  oa:hasSource <https://w3id.org/papergraph/paper/t-0a1b2c3d4e5f#abstract> ;
                  oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "SegFace" ; oa:prefix "we propose " ; oa:suffix ", a simple" ] ,
                                 [ a oa:TextPositionSelector ; oa:start 99 ; oa:end 106 ] ] ;
              prov:wasGeneratedBy <https://w3id.org/papergraph/run/r1> .
          ann:t-0a1b2c3d4e5f-2 a oa:Annotation ;
              oa:hasBody ent:long-tail-class ;
              pg:paper paper:t-0a1b2c3d4e5f ;
              pg:role pg:studies ;
              pg:confidence "0.4"^^xsd:double ;
              pg:sentence "SegFace: Face Segmentation of Long-Tail Classes" ;
              oa:hasTarget [ oa:hasSource <https://w3id.org/papergraph/paper/t-0a1b2c3d4e5f#title> ;
                  oa:hasSelector [ a oa:TextPositionSelector ; oa:start 30 ; oa:end 47 ] ] .
        }

        graph:paper\\/t-easy {
          paper:t-easy a pg:Paper ; dcterms:title "The Unreasonable Effectiveness of Easy Training Data for Hard Tasks" ;
              pg:uses ent:qlora ; pg:studies ent:scalable-oversight .
          ent:qlora a pg:Method ; rdfs:label "QLoRA" .
          ent:scalable-oversight a pg:Concept ; rdfs:label "scalable oversight" .
        }

        graph:paper\\/t-alora {
          paper:t-alora a pg:Paper ; dcterms:title "ALoRA for Long Contexts" ;
              pg:proposes ent:alora ; pg:addresses ent:long-context-modeling ;
              pg:mentions ent:retrieval-head ; pg:uses ent:shap, ent:celebamask-hq ;
              pg:studies ent:feature-attribution .
          ent:alora a pg:Method ; rdfs:label "ALoRA" ; pg:variantOf ent:lora .
          ent:long-context-modeling a pg:Task ; rdfs:label "long-context modeling" .
          ent:retrieval-head a pg:Concept ; rdfs:label "retrieval head" .
          ent:shap a pg:Method ; rdfs:label "SHAP" .
          ent:celebamask-hq a pg:Dataset ; rdfs:label "CelebAMask-HQ" .
          ent:feature-attribution a pg:Concept ; rdfs:label "feature attribution" .
        }

        graph:paper\\/t-heads {
          paper:t-heads a pg:Paper ; dcterms:title "Retrieval Heads Explain Long-Context Factuality" ;
              pg:studies ent:retrieval-head ; pg:uses ent:lora, ent:llama-2 ;
              pg:proposes ent:nih-bench ;
              pg:codeRepository <https://github.com/example/retrieval-heads> .
          ent:retrieval-head a pg:Concept ; rdfs:label "retrieval heads" .
          ent:lora a pg:Method ; rdfs:label "low-rank adaptation" .
          ent:llama-2 a pg:Method ; rdfs:label "LLaMA-2" .
          ent:nih-bench a pg:Dataset ; rdfs:label "NIH-Bench" .
        }

        graph:paper\\/t-shap {
          paper:t-shap a pg:Paper ; dcterms:title "Explaining Tabular Models with SHAP" ;
              pg:uses ent:shap, ent:peft ; pg:studies ent:feature-attribution ;
              pg:mentions ent:hallucination .
          ent:shap a pg:Method ; rdfs:label "SHAP" .
          ent:peft a pg:Method ; rdfs:label "PEFT" .
          ent:feature-attribution a pg:Concept ; rdfs:label "feature attribution" .
          ent:hallucination a pg:Concept ; rdfs:label "hallucination" .
        }

        graph:vocabulary {
          ent:peft a skos:Concept, pg:Method ; skos:inScheme pgv:methods ;
              skos:prefLabel "parameter-efficient fine-tuning" ; rdfs:label "parameter-efficient fine-tuning" ; skos:altLabel "PEFT" .
          ent:lora a skos:Concept, pg:Method ; skos:inScheme pgv:methods ;
              skos:prefLabel "LoRA" ; rdfs:label "LoRA" ; skos:altLabel "low-rank adaptation" ;
              skos:broader ent:peft .
          ent:qlora a skos:Concept, pg:Method ; skos:inScheme pgv:methods ;
              skos:prefLabel "QLoRA" ; rdfs:label "QLoRA" ; skos:broader ent:lora .
          ent:shap a skos:Concept, pg:Method ; skos:inScheme pgv:methods ;
              skos:prefLabel "SHAP" ; rdfs:label "SHAP" ; skos:altLabel "SHapley Additive exPlanations" .
        }

        graph:runs {
          <https://w3id.org/papergraph/run/r1> a pg:ExtractionRun, prov:Activity ;
              prov:startedAtTime "2026-01-01T10:00:00Z"^^xsd:dateTime ;
              prov:endedAtTime "2026-01-01T10:05:00Z"^^xsd:dateTime ;
              pg:softwareVersion "0.1.0" ; pg:papersRead 5 ; pg:entitiesFound 16 ; pg:triplesWritten 200 .
        }
        """;

    static Model ontology;
    static Shapes shapes;
    static Dataset store;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
        store = TDB2Factory.createDataset();
        Txn.executeWrite(store, () -> {
            RDFParser.fromString(EXAMPLE, Lang.TRIG).parse(store.asDatasetGraph());
            addLabelKeys(store.asDatasetGraph());
            store.addNamedModel("https://w3id.org/papergraph/graph/ontology", ontology);
            // The statistics graph, as build computes it: several queries read their counts there.
            StatisticsGraph.rebuild(store.asDatasetGraph(), Iris.standard());
        });
    }

    /** The pg:labelKey of every label, in the label's graph, as the mapper and StaticGraphs write them. */
    static void addLabelKeys(DatasetGraph dsg) {
        List<Quad> labels = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            if (LabelKeys.isLabel(q.getPredicate()) && q.getObject().isLiteral()) labels.add(q);
        });
        for (Quad q : labels)
            dsg.add(q.getGraph(), q.getSubject(), PG.labelKey.asNode(), LabelKeys.keyLiteral(q.getObject().getLiteralLexicalForm()));
    }

    // ---- the ontology

    @Test
    void everyConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Field f : PG.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = ontology.getResource(((Resource) f.get(null)).getURI());
            boolean isProperty = Property.class.isAssignableFrom(f.getType());
            boolean declared = isProperty
                ? ontology.contains(term, RDF.type, OWL.ObjectProperty) || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                : ontology.contains(term, RDF.type, OWL.Class);
            if (!declared) problems.add(f.getName() + " is not declared as " + (isProperty ? "an object or datatype property" : "a class"));
            if (!term.hasProperty(RDFS.label)) problems.add(f.getName() + " has no rdfs:label");
            if (!term.hasProperty(RDFS.comment)) problems.add(f.getName() + " has no rdfs:comment");
            if (!term.hasProperty(RDFS.isDefinedBy, ontology.getResource(ONTOLOGY_IRI))) problems.add(f.getName() + " has no rdfs:isDefinedBy");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDeclaredTermIsAConstant() {
        Set<String> constants = Stream.of(PG.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
            .map(f -> PG.NS + f.getName())
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = ontology.listSubjects().toList().stream()
            .filter(Resource::isURIResource)
            .map(Resource::getURI)
            .filter(uri -> uri.startsWith(PG.NS))
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(constants, declared);
    }

    @Test
    void ontologyHeaderAndStructure() {
        Resource onto = ontology.getResource(ONTOLOGY_IRI);
        assertTrue(onto.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(onto.hasProperty(OWL.versionInfo));
        assertTrue(onto.hasProperty(DCTerms.creator, "papergraph"));
        assertTrue(onto.hasProperty(DCTerms.license));
        assertTrue(onto.hasProperty(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"), "pg"));
        assertFalse(onto.hasProperty(OWL.imports), "the ontology must load offline");

        for (Property p : List.of(PG.proposes, PG.uses, PG.addresses, PG.studies))
            assertTrue(ontology.contains(p, RDFS.subPropertyOf, PG.mentions), p.getLocalName());
        for (Resource c : List.of(PG.Method, PG.Dataset, PG.Task, PG.Metric, PG.Concept))
            assertTrue(ontology.contains(c, RDFS.subClassOf, PG.Entity), c.getLocalName());
        assertTrue(ontology.contains(PG.Entity, RDFS.subClassOf, SKOS.Concept));
        assertTrue(ontology.contains(PG.ExtractionRun, RDFS.subClassOf, ontology.getResource("http://www.w3.org/ns/prov#Activity")));
        assertTrue(ontology.contains(PG.codeRepository, RDFS.subPropertyOf, ontology.getResource("https://schema.org/codeRepository")));
        assertTrue(ontology.contains(PG.confidence, RDFS.range, ontology.getResource("http://www.w3.org/2001/XMLSchema#double")));
        assertTrue(ontology.contains(PG.value, RDFS.range, ontology.getResource("http://www.w3.org/2001/XMLSchema#decimal")));
    }

    // ---- the shapes

    /** The example store as one graph, as the validator sees a paper's graph together with its entities. */
    static Model exampleGraph() {
        return Txn.calculateRead(store, () -> {
            Model m = ModelFactory.createDefaultModel();
            store.listModelNames().forEachRemaining(name -> {
                if (!name.getURI().endsWith("/graph/ontology")) m.add(store.getNamedModel(name));
            });
            return m;
        });
    }

    /** The violations as "focus path component" lines, sorted. */
    static Set<String> violations(Model data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        Set<String> lines = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() instanceof P_Link link ? link.getNode().getLocalName() : String.valueOf(e.resultPath());
            Node focus = e.focusNode();
            lines.add((focus.isURI() ? focus.getURI() : focus.getLiteralLexicalForm()) + " " + path + " " + e.sourceConstraintComponent().getLocalName());
            assertFalse(e.message() == null || e.message().isBlank(), "every violation has a message");
        }
        assertEquals(lines.isEmpty(), report.conforms());
        return lines;
    }

    @Test
    void shapesAcceptTheGraphModel() {
        assertEquals(Set.of(), violations(exampleGraph()));
    }

    @Test
    void graphModelDocumentExampleConforms() throws IOException {
        // The Turtle blocks of docs/graph-model.md, read together, are the mapper's contract.
        Matcher blocks = Pattern.compile("```turtle\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("docs/graph-model.md")));
        StringBuilder turtle = new StringBuilder();
        while (blocks.find()) turtle.append(blocks.group(1)).append('\n');
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.toString(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, RDF.type, PG.Result), "the document shows a result");
        assertEquals(Set.of(), violations(m));
    }

    @Test
    void shapesRejectAPaperWithoutTitle() {
        Model m = exampleGraph();
        m.removeAll(m.getResource(PAPER + "t-easy"), DCTerms.title, null);
        assertEquals(Set.of(PAPER + "t-easy title MinCountConstraintComponent"), violations(m));
    }

    @Test
    void shapesRejectABlankTitle() {
        Model m = exampleGraph();
        Resource paper = m.getResource(PAPER + "t-easy");
        m.removeAll(paper, DCTerms.title, null);
        m.add(paper, DCTerms.title, "  ");
        assertEquals(Set.of(PAPER + "t-easy title PatternConstraintComponent"), violations(m));
    }

    @Test
    void shapesRejectAResultWithoutMetric() {
        Model m = exampleGraph();
        m.removeAll(m.getResource(RESULT + "t-0a1b2c3d4e5f-1"), PG.metric, null);
        assertEquals(Set.of(RESULT + "t-0a1b2c3d4e5f-1 metric MinCountConstraintComponent"), violations(m));
    }

    @Test
    void shapesRejectConfidenceAboveOne() {
        Model m = exampleGraph();
        Resource annotation = m.getResource(ANNOTATION + "t-0a1b2c3d4e5f-1");
        m.removeAll(annotation, PG.confidence, null);
        m.addLiteral(annotation, PG.confidence, 1.5d);
        assertEquals(Set.of(ANNOTATION + "t-0a1b2c3d4e5f-1 confidence MaxInclusiveConstraintComponent"), violations(m));
    }

    @Test
    void shapesRejectAnUntypedOrUnlabelledEntity() {
        Model m = exampleGraph();
        Resource paper = m.getResource(PAPER + "t-easy");
        m.add(paper, PG.uses, m.createResource(ENT + "mystery"));
        m.add(paper, PG.mentions, m.createLiteral("a literal"));
        assertEquals(Set.of(
            ENT + "mystery null OrConstraintComponent",
            ENT + "mystery label MinCountConstraintComponent",
            "a literal null NodeKindConstraintComponent",
            "a literal null OrConstraintComponent",
            "a literal label MinCountConstraintComponent"), violations(m));
    }

    @Test
    void shapesRejectANonHttpCodeRepository() {
        Model m = exampleGraph();
        m.add(m.getResource(PAPER + "t-easy"), PG.codeRepository, m.createResource("ftp://example.org/code"));
        assertEquals(Set.of(PAPER + "t-easy codeRepository PatternConstraintComponent"), violations(m));
    }

    // ---- the queries

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** Runs a query file over the store with the union default graph, as Fuseki serves it. */
    static List<Map<String, RDFNode>> run(String file) throws IOException {
        return runText(Files.readString(QUERIES.resolve(file)));
    }

    /** Runs a query file with its parameter line changed (one text replaced by another). */
    static List<Map<String, RDFNode>> run(String file, String parameter, String value) throws IOException {
        String text = Files.readString(QUERIES.resolve(file));
        assertTrue(text.contains(parameter), file + " has " + parameter);
        return runText(text.replace(parameter, value));
    }

    private static List<Map<String, RDFNode>> runText(String text) {
        Query query = QueryFactory.create(text);
        return Txn.calculateRead(store, () -> {
            try (QueryExecution qe = QueryExecution.dataset(store).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                List<Map<String, RDFNode>> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    static String text(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    static List<String> column(List<Map<String, RDFNode>> rows, String... vars) {
        return rows.stream()
            .map(r -> Stream.of(vars).map(v -> text(r, v)).collect(Collectors.joining(" ")))
            .toList();
    }

    @Test
    void everyQueryHasAQuestionAndRuns() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 10, "at least ten competency questions");
        for (Path f : files) {
            String q = Files.readString(f);
            if (!q.startsWith("# Question: ")) fail(f + " must begin with '# Question: '");
            run(f.getFileName().toString());
        }
        String readme = Files.readString(QUERIES.resolve("README.md"));
        for (Path f : files) assertTrue(readme.contains(f.getFileName().toString()), "README lists " + f);
    }

    @Test
    void papersUsingLora() throws IOException {
        // QLoRA is narrower in the vocabulary, ALoRA a variant; PEFT (broader) and SHAP do not count.
        assertEquals(List.of(
                PAPER + "t-alora proposes ALoRA",
                PAPER + "t-heads uses LoRA",
                PAPER + "t-easy uses QLoRA"),
            column(run("01-papers-using-lora.rq"), "paper", "relation", "entityLabel").stream()
                .map(s -> s.replace(PG.NS, "")).toList());
    }

    @Test
    void methodsForRetrievalHeads() throws IOException {
        assertEquals(List.of("ALoRA 1", "LLaMA-2 1", "LoRA 1", "SHAP 1"),
            column(run("02-methods-for-retrieval-heads.rq"), "methodLabel", "papers"));
    }

    @Test
    void mostUsedDatasets() throws IOException {
        assertEquals(List.of("CelebAMask-HQ 2", "LaPa 1"), column(run("03-most-used-datasets.rq"), "datasetLabel", "papers"));
    }

    @Test
    void proposedMethodsPerTask() throws IOException {
        // The default names the segmentation tasks (face parsing is also "face segmentation"); "" lists every task.
        assertEquals(List.of("face parsing SegFace 1"),
            column(run("04-proposed-methods-per-task.rq"), "taskLabel", "methodLabel", "papers"));
        assertEquals(List.of("face parsing SegFace 1", "long-context modeling ALoRA 1"),
            column(run("04-proposed-methods-per-task.rq", "{ \"segmentation\" }", "{ \"\" }"), "taskLabel", "methodLabel", "papers"));
    }

    @Test
    void codeForConcept() throws IOException {
        assertEquals(List.of("SegFace: Face Segmentation of Long-Tail Classes https://github.com/Kartik-3004/SegFace"),
            column(run("05-code-for-concept.rq"), "title", "repository"));
    }

    @Test
    void resultsOnDataset() throws IOException {
        assertEquals(List.of("88.96 mean F1 score SegFace SegFace: Face Segmentation of Long-Tail Classes"),
            column(run("06-results-on-dataset.rq"), "value", "metricLabel", "methodLabel", "title"));
    }

    @Test
    void conceptsWithShap() throws IOException {
        assertEquals(List.of("feature attribution 2", "hallucination 1", "retrieval head 1"),
            column(run("07-concepts-with-shap.rq"), "conceptLabel", "papers"));
    }

    @Test
    void papersProposingDatasets() throws IOException {
        assertEquals(List.of("NIH-Bench Retrieval Heads Explain Long-Context Factuality https://github.com/example/retrieval-heads"),
            column(run("08-papers-proposing-datasets.rq"), "datasetLabel", "title", "repositories"));
    }

    @Test
    void evidenceForPaperEntity() throws IOException {
        List<Map<String, RDFNode>> rows = run("09-evidence-for-paper-entity.rq");
        assertEquals(List.of(PG.NS + "proposes SegFace 99 106 SegFace"),
            column(rows, "role", "exact", "start", "end", "span"));
        assertEquals(0.95, rows.get(0).get("confidence").asLiteral().getDouble());
        assertEquals("To address this issue, we propose SegFace, a simple and efficient approach.", text(rows.get(0), "sentence"));
    }

    @Test
    void entityOverview() throws IOException {
        List<String> rows = column(run("10-entity-overview.rq"), "class", "entityLabel", "papers");
        assertEquals(18, rows.size());
        assertTrue(rows.contains(PG.NS + "Dataset CelebAMask-HQ 2"), rows.toString());
        assertTrue(rows.contains(PG.NS + "Method LoRA 1"), "the vocabulary's prefLabel wins: " + rows);
        assertEquals(PG.NS + "Concept feature attribution 2", rows.get(0));
    }
}
