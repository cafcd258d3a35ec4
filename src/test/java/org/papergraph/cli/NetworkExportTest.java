package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.it.BuiltCorpus;
import org.papergraph.store.GraphStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** `papergraph export` as networks (GraphML, GEXF), filtered dumps, checksums and the VoID listing of dumps. */
class NetworkExportTest {
    static final String BASE = "https://w3id.org/papergraph/";
    static final String PG = BASE + "ontology#";

    @BeforeAll
    static void build() {
        BuiltCorpus.ensureBuilt();
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static Path export(String suffix, String... args) throws Exception {
        Path out = Files.createTempFile(Path.of("target"), "export", suffix);
        String[] all = new String[args.length + 4];
        all[0] = "export"; all[1] = "--store"; all[2] = BuiltCorpus.STORE.toString(); all[3] = "--out=" + out;
        System.arraycopy(args, 0, all, 4, args.length);
        CommandLineTest.Run r = CommandLineTest.run(all);
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void graphMlHoldsPapersEntitiesAndRoleEdges() throws Exception {
        Path out = export(".graphml", "--format", "graphml");
        Document doc = parse(out);
        Element root = doc.getDocumentElement();
        assertEquals("graphml", root.getLocalName());
        assertEquals("http://graphml.graphdrawing.org/xmlns", root.getNamespaceURI());
        Map<String, Map<String, String>> nodes = new HashMap<>();
        NodeList ns = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < ns.getLength(); i++) nodes.put(((Element) ns.item(i)).getAttribute("id"), data((Element) ns.item(i)));
        assertEquals(485, nodes.values().stream().filter(d -> "Paper".equals(d.get("type"))).count());
        Map<String, String> segface = nodes.get(BASE + "entity/segface");
        assertEquals("Method", segface.get("type"));
        assertEquals("SegFace", segface.get("label"));
        assertTrue(Integer.parseInt(segface.get("degree")) >= 1);
        Set<String> edges = new HashSet<>();
        NodeList es = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            assertTrue(nodes.containsKey(e.getAttribute("source")) && nodes.containsKey(e.getAttribute("target")));
            Map<String, String> d = data(e);
            double w = Double.parseDouble(d.get("weight"));
            assertTrue(w > 0 && w <= 1, "weight " + w);
            edges.add(d.get("relation") + " " + e.getAttribute("target"));
        }
        assertTrue(edges.contains("proposes " + BASE + "entity/segface"), "paper proposes SegFace");
        assertTrue(Files.readString(Path.of(out + ".sha256")).matches("[0-9a-f]{64}  " + out.getFileName() + "\n"));
    }

    @Test
    void gexfIsWellFormedWithNodesEdgesAndAttributes() throws Exception {
        Document doc = parse(export(".gexf", "--format", "gexf", "--types", "Method,Dataset"));
        assertEquals("http://gexf.net/1.3", doc.getDocumentElement().getNamespaceURI());
        NodeList ns = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        Set<String> types = new HashSet<>();
        boolean segface = false;
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            types.add(data(n, "type"));
            segface |= n.getAttribute("id").equals(BASE + "entity/segface") && n.getAttribute("label").equals("SegFace");
        }
        assertTrue(segface);
        assertEquals(Set.of("Paper", "Method", "Dataset"), types, "--types keeps papers and the listed entity classes");
        assertTrue(doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength() > 100);
    }

    @Test
    void minConfidenceAndConstructSelectWhatIsDumped() throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, export(".nq", "--format", "nquads", "--min-confidence", "0.9").toString());
        Model all = ds.getUnionModel();
        var conf = all.createProperty(PG + "confidence");
        assertFalse(all.listObjectsOfProperty(conf).toList().isEmpty());
        all.listObjectsOfProperty(conf).forEachRemaining(c -> assertTrue(c.asLiteral().getDouble() >= 0.9, c.toString()));
        assertTrue(all.contains(null, all.createProperty(PG + "proposes"), all.createResource(BASE + "entity/segface")));
        assertFalse(all.contains(null, all.createProperty(PG + "uses"), all.createResource(BASE + "entity/lapa")), "0.6 evidence dropped");

        Path rq = Files.createTempFile(Path.of("target"), "select", ".rq");
        Files.writeString(rq, "PREFIX pg: <" + PG + "> CONSTRUCT { ?p pg:proposes ?e } WHERE { ?p pg:proposes ?e }");
        Model m = RDFDataMgr.loadModel(export(".nt", "--format", "ntriples", "--construct", rq.toString()).toString());
        assertTrue(m.contains(null, m.createProperty(PG + "proposes"), m.createResource(BASE + "entity/segface")));
        assertEquals(m.size(), m.listStatements(null, m.createProperty(PG + "proposes"), (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }

    @Test
    void aDumpInTheStoreDumpsFolderIsListedInVoid() throws Exception {
        Path dump = BuiltCorpus.STORE.resolve("dumps").resolve("papergraph.nq");
        CommandLineTest.Run r = CommandLineTest.run("export", "--store", BuiltCorpus.STORE.toString(), "--format", "nquads", "--out", dump.toString());
        assertEquals(0, r.exit(), r.err());
        String sha = Files.readString(Path.of(dump + ".sha256")).substring(0, 64);
        try (GraphStore store = GraphStore.open(BuiltCorpus.STORE)) {
            String listed = store.read(() -> {
                var g = store.datasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/void"));
                return g.find().toList().toString();
            });
            assertTrue(listed.contains(BASE + "dumps/papergraph.nq"), listed);
            assertTrue(listed.contains(sha), listed);
        }
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> d = new HashMap<>();
        NodeList data = e.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) d.put(((Element) data.item(i)).getAttribute("key"), data.item(i).getTextContent());
        return d;
    }

    private static String data(Element node, String attribute) {
        NodeList values = node.getElementsByTagNameNS("*", "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals(attribute)) return v.getAttribute("value");
        }
        return null;
    }
}
