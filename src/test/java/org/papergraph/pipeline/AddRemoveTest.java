package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.pipeline.UpdateFixtures.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.listing.ListingException;
import org.papergraph.rdf.PG;

/** add through every format, update in place, remove by each kind of id, all or nothing, and the runs' records. */
class AddRemoveTest {
    DatasetGraph dsg;
    PaperUpdater updater = new PaperUpdater(IRIS);
    PaperRemover remover = new PaperRemover(IRIS);

    @BeforeEach
    void store() { dsg = DatabaseMgr.createDatasetGraph(); }

    @Test
    void everyFormatAddsItsPapers() {
        record Case(String file, String source, List<String> keys) {}
        List<Case> cases = List.of(
            new Case("hf-daily.json", "hf-daily", List.of("arxiv-2403.01234", "arxiv-2403.05678")),
            new Case("arxiv-atom.xml", "arxiv-atom", List.of("arxiv-2403.01234", "arxiv-cs-0112017")),
            new Case("pwc-papers-with-abstracts.json", "pwc", List.of("arxiv-2403.01234")),
            new Case("acl-2023.acl.xml", "acl-xml", List.of("doi-10.18653-v1-2023.acl-long.1", "doi-10.18653-v1-2023.acl-long.2")),
            new Case("arxiv-snapshot.jsonl.gz", "arxiv-jsonl", List.of()));
        for (Case c : cases) {
            DatasetGraph fresh = DatabaseMgr.createDatasetGraph();
            UpdateReport r = updater.add(fresh, List.of(fixture(c.file())), false);
            assertTrue(r.read() > 0, c.file());
            assertEquals(r.added(), paperKeys(fresh).size(), c.file());
            for (String key : c.keys()) {
                assertTrue(r.keys().contains(key), c.file() + ": " + r.keys());
                assertTrue(graphsOf(fresh, key).contains(c.source()), c.file() + ": " + graphsOf(fresh, key));
            }
        }
    }

    @Test
    void addingTheSameFileAgainReplacesInsteadOfDuplicating() {
        updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        Set<Quad> papers1 = paperQuads();
        UpdateReport again = updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        assertEquals(0, again.added());
        assertEquals(2, again.updated());
        assertEquals(papers1.size(), paperQuads().size(), "same quads, only the run differs");
    }

    @Test
    void removeByArxivIdDoiIriAndKey() {
        updater.add(dsg, List.of(fixture("hf-daily.json"), fixture("acl-2023.acl.xml")), false);
        assertEquals(List.of("arxiv-2403.01234"), remover.remove(dsg, List.of("arXiv:2403.01234v2")).keys());
        assertEquals(List.of("doi-10.18653-v1-2023.acl-long.1"), remover.remove(dsg, List.of("https://doi.org/10.18653/v1/2023.acl-long.1")).keys());
        assertEquals(List.of("arxiv-2403.05678"), remover.remove(dsg, List.of(IRIS.paper("arxiv-2403.05678").getURI())).keys());
        assertEquals(List.of("doi-10.18653-v1-2023.acl-long.2"), remover.remove(dsg, List.of("doi-10.18653-v1-2023.acl-long.2")).keys());
        assertTrue(paperKeys(dsg).isEmpty());
        assertTrue(paperQuads().isEmpty(), "no graph of a removed paper is left");
    }

    @Test
    void anUnknownIdRemovesNothing() {
        updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        Set<Quad> before = quads(dsg);
        assertThrows(PaperRemover.UnknownPaperException.class, () -> remover.remove(dsg, List.of("2403.01234", "9999.99999")));
        assertEquals(before, quads(dsg));
    }

    @Test
    void badInputChangesNothingAndNamesFileAndLine() {
        updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        Set<Quad> before = quads(dsg);
        UpdateInput bad = listing("bad.txt", "A Good Title", ABSTRACT, "A title without its abstract");
        ListingException e = assertThrows(ListingException.class, () -> updater.add(dsg, List.of(fixture("pwc-papers-with-abstracts.json"), bad), false));
        assertTrue(e.getMessage().startsWith("bad.txt:3"), e.getMessage());
        assertEquals(before, quads(dsg));
    }

    @Test
    void skipBadKeepsTheGoodRecordsAndRecordsEachSkippedOneInTheRun() {
        UpdateInput bad = listing("bad.txt", "A Good Title", ABSTRACT, "A title without its abstract");
        UpdateInput empty = UpdateInput.of("empty.json", new byte[0]);
        UpdateReport r = updater.add(dsg, List.of(bad, empty), true);
        assertEquals(1, r.added());
        assertEquals(2, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).startsWith("bad.txt:3"), r.skipped().toString());
        assertTrue(r.skipped().get(1).startsWith("empty.json"), r.skipped().toString());
        Node run = NodeFactory.createURI(r.run());
        for (String message : r.skipped())
            assertTrue(holds(dsg, IRIS.graph("runs"), Node.ANY, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"),
                NodeFactory.createLiteralString(message)), message);
        assertTrue(holds(dsg, IRIS.graph("runs"), run, PG.skipped.asNode(), Node.ANY));
    }

    @Test
    void theRunRecordsItsInputsWithChecksums() throws Exception {
        UpdateInput input = fixture("hf-daily.json");
        UpdateReport r = updater.add(dsg, List.of(input), false);
        String sha = input.digest().sha256();
        assertEquals(64, sha.length());
        Node used = NodeFactory.createURI(r.run() + "/input-1");
        assertTrue(holds(dsg, IRIS.graph("runs"), used, PG.sha256.asNode(), NodeFactory.createLiteralString(sha)));
        assertTrue(holds(dsg, IRIS.graph("runs"), NodeFactory.createURI(r.run()), PG.papersAdded.asNode(),
            NodeFactory.createLiteralDT("2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
    }

    @Test
    void theMergedGraphConformsToTheShapes() {
        updater.add(dsg, List.of(fixture("hf-daily.json"), fixture("pwc-papers-with-abstracts.json"), fixture("arxiv-atom.xml")), false);
        var report = org.apache.jena.system.Txn.calculateRead(dsg, () -> org.apache.jena.shacl.ShaclValidator.get()
            .validate(org.papergraph.store.GraphValidator.bundledShapes(), dsg.getUnionGraph()));
        StringBuilder problems = new StringBuilder();
        report.getEntries().forEach(e -> problems.append(e.focusNode()).append(": ").append(e.message()).append('\n'));
        assertTrue(report.conforms(), problems.toString());
    }

    /** The quads outside the runs graph and the statistics graph (derived from the rest). */
    private Set<Quad> paperQuads() {
        Set<Quad> out = new HashSet<>(quads(dsg));
        out.removeIf(q -> q.getGraph().equals(IRIS.graph("runs")) || q.getGraph().equals(IRIS.graph("statistics")));
        return out;
    }
}
