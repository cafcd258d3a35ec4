package org.papergraph.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.UpdateRunDescriber;
import org.papergraph.store.PaperGraphs;
import org.papergraph.store.PaperIndex;
import org.papergraph.store.stats.RecordingDatasetGraph;
import org.papergraph.store.stats.StatisticsGraph;

/** {@code remove}: deletes papers, named by arXiv id, DOI, paper IRI or key, in one write transaction with the run's record. */
public final class PaperRemover {
    private final Iris iris;

    public PaperRemover(Iris iris) { this.iris = iris; }

    /** Thrown, before anything changes, when an id names no stored paper. */
    public static final class UnknownPaperException extends IllegalArgumentException {
        UnknownPaperException(String id) { super("no paper with the id " + id + " in the store"); }
    }

    /** Removes every paper the ids name; if one names none, nothing is removed. */
    public UpdateReport remove(DatasetGraph dsg, List<String> ids) {
        Instant started = Instant.now();
        Node run = iris.run(UUID.randomUUID().toString());
        List<String> keys = new ArrayList<>();
        Txn.executeWrite(dsg, () -> {
            PaperIndex index = new PaperIndex(dsg, iris);
            Set<String> found = new LinkedHashSet<>();
            for (String id : ids) found.add(resolve(index, id));
            // Writes go through the recorder so that the statistics step updates only what they touched.
            RecordingDatasetGraph recorded = new RecordingDatasetGraph(dsg);
            PaperGraphs graphs = new PaperGraphs(recorded, iris);
            for (String key : found) graphs.delete(key);
            keys.addAll(found);
            UpdateRunDescriber.describe(iris, new UpdateRunDescriber.Facts(run, "remove", started, Instant.now(), List.of(), ids,
                0, 0, 0, found.size(), List.of(), 0, Version.get()), StreamRDFLib.dataset(recorded));
            StatisticsGraph.update(dsg, iris, recorded.changes());
        });
        return new UpdateReport(run.getURI(), 0, 0, 0, keys.size(), List.of(), keys);
    }

    /** The key of the paper an id names: a paper IRI, a key, an arXiv id (any version or prefix) or a DOI (any resolver prefix). */
    private String resolve(PaperIndex index, String raw) {
        String id = raw.strip();
        String key = id.contains("://") ? iris.keyOf(NodeFactory.createURI(id)) : id;
        if (key != null && index.byKey(key) != null) return key;
        String bare = id.replaceFirst("(?i)^(arxiv:|https?://(www\\.)?arxiv\\.org/abs/)", "").replaceFirst("v\\d+$", "");
        PaperIndex.Stored s = index.byIdentifier(bare);
        if (s == null) s = index.byIdentifier(id.replaceFirst("(?i)^(doi:|https?://(dx\\.)?doi\\.org/)", "").toLowerCase(Locale.ROOT));
        if (s == null) throw new UnknownPaperException(raw);
        return s.key();
    }
}
