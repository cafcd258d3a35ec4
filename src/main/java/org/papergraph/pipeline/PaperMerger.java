package org.papergraph.pipeline;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.recognize.LinkedPaper;
import org.papergraph.store.PaperGraphs;
import org.papergraph.store.PaperIndex;

/**
 * Writes one analysed record into the store inside the caller's write transaction: finds the paper
 * it is about (arXiv id, DOI, title key), moves that paper to a better key when the record brings
 * one, replaces the paper graph with this record's text and extraction and the record's source graph
 * with what it said. Other sources' graphs of the paper stay.
 */
final class PaperMerger {
    private final DatasetGraph dsg;
    private final Iris iris;
    private final PaperMapper mapper;
    private final PaperIndex index;
    private final PaperGraphs graphs;
    private final Set<String> newKeys = new LinkedHashSet<>();
    private final Set<String> updatedKeys = new LinkedHashSet<>();
    private long quads;

    PaperMerger(DatasetGraph dsg, Iris iris, PaperMapper mapper) {
        this.dsg = dsg;
        this.iris = iris;
        this.mapper = mapper;
        this.index = new PaperIndex(dsg, iris);
        this.graphs = new PaperGraphs(dsg, iris);
    }

    /** Writes the record; returns the key of the paper it now belongs to. */
    String merge(LinkedPaper linked) {
        Paper paper = linked.annotated().paper();
        PaperMetadata m = paper.metadata();
        String titleKey = Iris.titleKey(paper.title());
        PaperIndex.Stored stored = index.find(m.arxivId(), m.doi(), titleKey);
        String key;
        if (stored == null) {
            key = Iris.key(m.arxivId(), m.doi(), titleKey);
            newKeys.add(key);
        } else {
            // The best identifier of the two wins: a title-only paper becomes arxiv-... when an arXiv record names it.
            key = Iris.key(first(m.arxivId(), stored.arxivId()), first(m.doi(), stored.doi()), stored.key());
            if (!key.equals(stored.key())) {
                graphs.rekey(stored.key(), key);
                if (newKeys.remove(stored.key())) newKeys.add(key);
                updatedKeys.remove(stored.key());
            }
            if (!newKeys.contains(key)) updatedKeys.add(key);
        }
        graphs.clear(iris.paperGraph(key));
        graphs.clear(iris.sourceGraph(key, m.sourceName()));
        quads += mapper.map(linked, key, StreamRDFLib.dataset(dsg));
        return key;
    }

    private static String first(String a, String b) { return a != null ? a : b; }

    long added() { return newKeys.size(); }

    long updated() { return updatedKeys.size(); }

    long quads() { return quads; }
}
