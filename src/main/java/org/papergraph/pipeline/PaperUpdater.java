package org.papergraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.papergraph.listing.BadRecordPolicy;
import org.papergraph.listing.ListingException;
import org.papergraph.listing.PaperInputs;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.rdf.UpdateRunDescriber;
import org.papergraph.recognize.LinkedPaper;
import org.papergraph.recognize.PaperRecognizer;
import org.papergraph.recognize.Vocabulary;
import org.papergraph.store.stats.RecordingDatasetGraph;
import org.papergraph.store.stats.StatisticsGraph;

/**
 * {@code add}: reads the inputs, analyses every record, then writes all of it in one TDB2 write
 * transaction (papers, their source graphs, the run's description), so readers see the store
 * before or after the run, never between, and a failure leaves it exactly as it was. Reading and
 * analysis happen before the transaction, so the writer lock is held only for the writes.
 */
public final class PaperUpdater {
    private final Iris iris;

    public PaperUpdater(Iris iris) { this.iris = iris; }

    /**
     * Adds or updates the papers of the inputs. Without {@code skipBad} the first bad record or file
     * throws a {@link ListingException} naming it and nothing is written; with it, bad records are
     * skipped, reported in the result and recorded in the run's description.
     */
    public UpdateReport add(DatasetGraph dsg, List<UpdateInput> inputs, boolean skipBad) {
        Instant started = Instant.now();
        List<String> skipped = new ArrayList<>();
        BadRecordPolicy policy = skipBad ? BadRecordPolicy.skip(p -> skipped.add(p.getMessage())) : BadRecordPolicy.failFast();
        List<UpdateRunDescriber.Input> digests = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        for (UpdateInput input : inputs) read(input, papers, digests, policy);
        List<LinkedPaper> linked = analyse(papers);

        Node run = iris.run(UUID.randomUUID().toString());
        // Writes go through the recorder so that the statistics step updates only what they touched.
        RecordingDatasetGraph recorded = new RecordingDatasetGraph(dsg);
        PaperMerger merger = new PaperMerger(recorded, iris, new PaperMapper(iris, run));
        List<String> keys = new ArrayList<>();
        Txn.executeWrite(dsg, () -> {
            for (LinkedPaper p : linked) keys.add(merger.merge(p));
            UpdateRunDescriber.describe(iris, new UpdateRunDescriber.Facts(run, "add", started, Instant.now(), digests, List.of(),
                papers.size(), merger.added(), merger.updated(), 0, skipped, merger.quads(), Version.get()), StreamRDFLib.dataset(recorded));
            StatisticsGraph.update(dsg, iris, recorded.changes());
        });
        return new UpdateReport(run.getURI(), papers.size(), merger.added(), merger.updated(), 0, List.copyOf(skipped), keys);
    }

    private static void read(UpdateInput input, List<Paper> papers, List<UpdateRunDescriber.Input> digests, BadRecordPolicy policy) {
        try {
            digests.add(input.digest());
        } catch (IOException e) {
            policy.handle(new ListingException(input.name(), 0, "cannot read: " + e.getMessage(), e));
            return;
        }
        try (InputStream in = input.open()) {
            PaperInputs.read(in, input.name(), papers::add, policy);
        } catch (IOException e) {
            policy.handle(new ListingException(input.name(), 0, "cannot read: " + e.getMessage(), e));
        }
    }

    /** Annotates and recognises every record; an add is an increment, so one analyser on this thread suffices. */
    private static List<LinkedPaper> analyse(List<Paper> papers) {
        if (papers.isEmpty()) return List.of();
        TextAnalyzer analyzer = NlpModels.get().newAnalyzer();
        PaperRecognizer recognizer = new PaperRecognizer(Vocabulary.bundled());
        List<LinkedPaper> out = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            try {
                out.add(recognizer.recognize(analyzer.analyze(p)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(p.source() + ": cannot process \"" + p.title() + "\": " + e, e);
            }
        }
        return out;
    }
}
