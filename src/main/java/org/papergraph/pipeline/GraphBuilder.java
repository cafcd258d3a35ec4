package org.papergraph.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.rdf.RunDescriber;
import org.papergraph.rdf.UpdateRunDescriber;
import org.papergraph.recognize.PaperRecognizer;
import org.papergraph.recognize.Vocabulary;
import org.apache.jena.system.Txn;
import org.papergraph.store.StoreBuilder;
import org.papergraph.store.stats.StatisticsGraph;
import org.papergraph.store.TextIndexing;

/** Builds a store from a paper source: ontology and vocabularies, every paper, and the run's record. */
public final class GraphBuilder {
    private final Iris iris;
    private final int threads;

    public GraphBuilder(Iris iris, int threads) {
        this.iris = iris;
        this.threads = threads;
    }

    /** Replaces the store at {@code store} with the graph of the source; the old store stays if anything fails. */
    public BuildReport build(Path store, PaperSource source, List<String> inputNames, Progress progress) {
        return build(store, source, inputNames, progress, List.of());
    }

    /** As above; {@code skipped} is filled by the source (--skip-bad) and recorded in the run's description. */
    public BuildReport build(Path store, PaperSource source, List<String> inputNames, Progress progress, List<String> skipped) {
        Instant started = Instant.now();
        Node run = iris.run(UUID.randomUUID().toString());
        PaperRecognizer recognizer = new PaperRecognizer(Vocabulary.bundled());
        BuildPipeline pipeline = new BuildPipeline(recognizer, new PaperMapper(iris, run), threads);
        BuildReport[] report = new BuildReport[1];
        StoreBuilder.Loaded loaded = StoreBuilder.replace(store, out -> {
            StaticGraphs.emit(iris, out);
            report[0] = pipeline.run(source, out, progress);
            RunDescriber.describe(iris, new RunDescriber.RunFacts(run, started, Instant.now(), inputNames,
                report[0].papers(), report[0].mentions(), report[0].quads(), Version.get()), out);
            UpdateRunDescriber.describeSkipped(iris, run, skipped, out);
        }, (folder, dsg) -> {
            // Derived from the loaded graph, so they are written after the load and swapped in with it.
            VoidDescriber.describe(iris, dsg);
            Txn.executeWrite(dsg, () -> StatisticsGraph.rebuild(dsg, iris));
            TextIndexing.index(folder, dsg);
        });
        BuildReport r = report[0];
        return new BuildReport(r.papers(), r.duplicates(), r.mentions(), r.results(), r.tokens(), loaded.quads(), r.millis());
    }
}
