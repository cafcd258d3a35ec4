package org.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer gives score.py's figures on a small graph (checked against score.py itself when it can run). */
class GoldScorerTest {
    private static final String NQ = """
        <https://w3id.org/papergraph/paper/p1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/papergraph/ontology#Paper> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/paper/p1> <http://purl.org/dc/terms/title> "SegFace: Face Segmentation of Long-Tail Classes" <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/paper/p1> <https://w3id.org/papergraph/ontology#proposes> <https://w3id.org/papergraph/entity/segface> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/segface> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/papergraph/ontology#Method> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/segface> <http://www.w3.org/2000/01/rdf-schema#label> "SegFace" <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/paper/p1> <https://w3id.org/papergraph/ontology#uses> <https://w3id.org/papergraph/entity/celeba> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/celeba> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/papergraph/ontology#Method> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/celeba> <http://www.w3.org/2004/02/skos/core#altLabel> "CelebAMask-HQ" <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/paper/p1> <https://w3id.org/papergraph/ontology#uses> <https://w3id.org/papergraph/entity/hats> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/hats> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/papergraph/ontology#Concept> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/hats> <http://www.w3.org/2000/01/rdf-schema#label> "hats" <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/paper/p1> <https://w3id.org/papergraph/ontology#reports> <https://w3id.org/papergraph/result/p1-1> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/result/p1-1> <https://w3id.org/papergraph/ontology#value> "88.96"^^<http://www.w3.org/2001/XMLSchema#decimal> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/result/p1-1> <https://w3id.org/papergraph/ontology#metric> <https://w3id.org/papergraph/entity/f1> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/entity/f1> <http://www.w3.org/2000/01/rdf-schema#label> "F1 score" <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/result/p1-1> <https://w3id.org/papergraph/ontology#dataset> <https://w3id.org/papergraph/entity/celeba> <https://w3id.org/papergraph/graph/paper/p1> .
        <https://w3id.org/papergraph/paper/p1> <https://w3id.org/papergraph/ontology#codeRepository> <https://github.com/Kartik-3004/SegFace> <https://w3id.org/papergraph/graph/paper/p1> .
        """;
    private static final String GOLD = """
        {"id": "x", "title": "SegFace: Face Segmentation of Long-Tail Classes", "entities": [{"name": "SegFace", "type": "Method", "role": "proposed", "required": true, "aliases": ["SegFace"]}, {"name": "face parsing", "type": "Task", "role": "addressed", "required": true, "aliases": ["face segmentation"]}, {"name": "CelebAMask-HQ", "type": "Dataset", "role": "used", "required": true, "aliases": []}], "results": [{"metric": "mean F1 score", "value": "88.96", "dataset": "CelebAMask-HQ", "method": "SegFace"}], "links": [{"url": "https://github.com/Kartik-3004/SegFace.", "kind": "code"}]}
        """;

    @Test
    void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
        Path nq = Files.writeString(dir.resolve("g.nq"), NQ);
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(dsg);
        Scores s = new GoldScorer(GoldPaper.read(gold)).score(dsg);
        assertEquals(new Prf(0.6667, 0.6667, 0.6667, 3, 3), s.entities());
        assertEquals(new Prf(0.3333, 0.3333, 0.3333, 3, 3), s.entitiesTyped());
        assertEquals(new Prf(1.0, 1.0, 1.0, 1, 1), s.proposed());
        assertEquals(new Prf(1.0, 1.0, 1.0, 1, 1), s.results());
        assertEquals(new Prf(1.0, 1.0, 1.0, 1, 1), s.links());
        String py = referenceScores(nq, gold, dir);
        if (py != null) {
            for (String figure : List.of("\"entities\"", "\"entities_typed\"", "\"proposed\"", "\"results\"", "\"links\""))
                assertEquals(true, py.contains(figure), figure);
            assertEquals(true, py.replaceAll("\\s", "").contains("\"entities_typed\":{\"precision\":0.3333,\"recall\":0.3333,\"f1\":0.3333"));
        }
    }

    /** score.py's JSON output, or null when python3 or the script is not available. */
    private static String referenceScores(Path nq, Path gold, Path dir) throws IOException, InterruptedException {
        Path script = Path.of("/work/shared/eval/score.py");
        if (!Files.exists(script)) return null;
        Path json = dir.resolve("s.json");
        try {
            Process p = new ProcessBuilder("python3", script.toString(), "--rdf", nq.toString(), "--gold", gold.toString(), "--json", json.toString())
                .redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
        } catch (IOException e) {
            return null;
        }
        return Files.readString(json);
    }
}
