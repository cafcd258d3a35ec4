package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.pipeline.UpdateFixtures.*;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.PaperIndex;

/** The identity rules: arXiv id, then DOI, then normalised title; one paper IRI, each source's statements in its own graph. */
class IdentityTest {
    static final String ARXIV_KEY = "arxiv-2403.01234";
    DatasetGraph dsg;
    PaperUpdater updater = new PaperUpdater(IRIS);

    @BeforeEach
    void store() { dsg = DatabaseMgr.createDatasetGraph(); }

    @Test
    void sameArxivIdFromTwoSourcesIsOnePaperWithBothSources() {
        updater.add(dsg, List.of(fixture("hf-daily.json"), fixture("pwc-papers-with-abstracts.json")), false);
        assertEquals(Set.of("", "hf-daily", "pwc"), graphsOf(dsg, ARXIV_KEY));
        Node paper = IRIS.paper(ARXIV_KEY);
        // HF's githubRepo is a code repository, its projectPage a project page, both in HF's graph.
        assertTrue(holds(dsg, IRIS.sourceGraph(ARXIV_KEY, "hf-daily"), paper, PG.codeRepository.asNode(),
            NodeFactory.createURI("https://github.com/example-lab/sparse-moa")));
        assertTrue(holds(dsg, IRIS.sourceGraph(ARXIV_KEY, "hf-daily"), paper, PG.projectPage.asNode(),
            NodeFactory.createURI("https://example-lab.github.io/sparse-moa/")));
        // PwC's curated task is a paper-entity statement in PwC's graph, tagged with its own provenance.
        Node pwc = IRIS.sourceGraph(ARXIV_KEY, "pwc");
        assertTrue(holds(dsg, pwc, paper, PG.addresses.asNode(), IRIS.entity("parameter-efficient-fine-tuning")));
        assertTrue(holds(dsg, pwc, Node.ANY, PG.extractor.asNode(), NodeFactory.createLiteralString("curated:pwc")));
        assertTrue(holds(dsg, pwc, Node.ANY, Vocab.oa("motivatedBy"), Vocab.oa("tagging")));
        assertFalse(holds(dsg, IRIS.paperGraph(ARXIV_KEY), Node.ANY, PG.extractor.asNode(), NodeFactory.createLiteralString("curated:pwc")));
    }

    @Test
    void titleOnlyRecordJoinsTheArxivPaper() {
        updater.add(dsg, List.of(fixture("arxiv-atom.xml")), false);
        UpdateReport r = updater.add(dsg, List.of(listing("page.txt", SPARSE_MOA, ABSTRACT)), false);
        assertEquals(List.of(ARXIV_KEY), r.keys());
        assertEquals(0, r.added());
        assertEquals(Set.of("", "arxiv-atom", "listing"), graphsOf(dsg, ARXIV_KEY));
    }

    @Test
    void arxivRecordMovesATitleOnlyPaperToItsArxivIri() {
        UpdateReport first = updater.add(dsg, List.of(listing("page.txt", SPARSE_MOA, ABSTRACT)), false);
        String titleKey = Iris.titleKey(SPARSE_MOA);
        assertEquals(List.of(titleKey), first.keys());
        updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        assertFalse(paperKeys(dsg).contains(titleKey), "the title-only IRI is gone");
        assertEquals(Set.of("", "hf-daily", "listing"), graphsOf(dsg, ARXIV_KEY));
        assertTrue(holds(dsg, IRIS.sourceGraph(ARXIV_KEY, "listing"), IRIS.paper(ARXIV_KEY), PG.sourceFile.asNode(),
            NodeFactory.createLiteralString("page.txt")));
        assertTrue(graphsOf(dsg, titleKey).isEmpty());
    }

    @Test
    void doiIdentifiesAPaperAndAnArxivRecordOfTheSameTitleTakesItOver() {
        updater.add(dsg, List.of(fixture("acl-2023.acl.xml")), false);
        String doiKey = "doi-10.18653-v1-2023.acl-long.2";
        assertTrue(paperKeys(dsg).contains(doiKey), paperKeys(dsg).toString());
        assertEquals(doiKey, byDoi("10.18653/v1/2023.acl-long.2"));
        // An arXiv record with the same title and no DOI of its own is the same paper: it moves to the arXiv IRI.
        updater.add(dsg, List.of(hfRecord("2501.00002", "Cross-lingual Transfer for Low-Resource NER")), false);
        assertEquals("arxiv-2501.00002", byDoi("10.18653/v1/2023.acl-long.2"));
        assertEquals(Set.of("", "acl-xml", "hf-daily"), graphsOf(dsg, "arxiv-2501.00002"));
        // The same ACL file again finds both papers by DOI: nothing new.
        UpdateReport again = updater.add(dsg, List.of(fixture("acl-2023.acl.xml")), false);
        assertEquals(0, again.added());
        assertEquals(2, again.updated());
        assertEquals(List.of("doi-10.18653-v1-2023.acl-long.1", "arxiv-2501.00002"), again.keys());
    }

    private String byDoi(String doi) {
        return Txn.calculateRead(dsg, () -> new PaperIndex(dsg, IRIS).byIdentifier(doi)).key();
    }

    static UpdateInput hfRecord(String arxivId, String title) {
        return UpdateInput.of("hf-" + arxivId + ".json", ("[{\"paper\": {\"id\": \"" + arxivId + "\", \"title\": \"" + title
            + "\", \"summary\": \"" + ABSTRACT + "\"}}]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void sameTitleWithAnotherArxivIdIsAnotherPaper() {
        updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        UpdateReport r = updater.add(dsg, List.of(hfRecord("2501.00001", SPARSE_MOA)), false);
        assertEquals(List.of("arxiv-2501.00001"), r.keys());
        assertEquals(1, r.added());
    }
}
