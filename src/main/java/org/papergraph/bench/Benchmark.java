package org.papergraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.papergraph.export.GraphExporter;
import org.papergraph.listing.PaperInputs;
import org.papergraph.pipeline.BuildReport;
import org.papergraph.pipeline.GraphBuilder;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.pipeline.Progress;
import org.papergraph.rdf.Iris;
import org.papergraph.store.GraphStore;

/**
 * One benchmark run: generates N synthetic papers, measures extraction against the NLP floor,
 * builds the store end to end (with its memory), loads the build's quads through StoreBuilder and
 * through Jena's bulk loader, and times the competency queries on the bundled and synthetic stores.
 */
public final class Benchmark {
    /** What to run: papers, threads, seed, work folder, queries (folder, name filter, timed runs), keep the files. */
    public record Options(long papers, int threads, long seed, Path work, Path queryFolder, String queryFilter, int runs, boolean keep) {}

    /** Papers other than the measured ones that each contender runs on before its first round. */
    static final int WARM_UP_PAPERS = 300;
    private final Options options;
    private final PrintWriter log;
    private final Iris iris = Iris.standard();

    public Benchmark(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /** Runs every measurement and returns the report. */
    public BenchReport run() {
        MachineInfo machine = MachineInfo.current(options.threads());
        Path work = options.work();
        try {
            Files.createDirectories(work);
            List<Path> queries = QueryBench.queries(options.queryFolder(), options.queryFilter());
            Path corpus = work.resolve("corpus-" + options.papers() + ".txt");
            long t0 = System.nanoTime();
            new CorpusGenerator(options.seed()).write(options.papers(), CorpusFormat.LISTING, corpus, n -> {});
            double generateSeconds = (System.nanoTime() - t0) / 1e9;
            say("generated %,d papers in %.1f s", options.papers(), generateSeconds);
            PaperSource source = sink -> PaperInputs.readFiles(List.of(corpus), sink);

            SteadyStateExtraction.Result extraction = extraction(corpus, work);
            say("%s", SteadyStateExtraction.describe("first round", extraction.first()));
            for (int i = 0; i < extraction.measured().size(); i++)
                say("%s", SteadyStateExtraction.describe("measured round " + (i + 1), extraction.measured().get(i)));
            say("extraction, steady state: %.2f of the floor (%s); first round %.2f", extraction.steady().ratio(),
                extraction.method(), extraction.first().ratio());

            Path store = work.resolve("store");
            BenchReport.Build build = build(store, source, List.of(corpus.toString()));
            say("build: %,d papers, %,d quads in %.1f s", build.papers(), build.quads(), build.seconds());

            Path nquads = work.resolve("build.nq");
            export(store, nquads);
            LoadBench.Rate jena = LoadBench.jenaBulkLoader(nquads, work.resolve("jena-store"));
            LoadBench.Rate ours = LoadBench.storeBuilder(nquads, work.resolve("replay-store"));
            say("load: StoreBuilder %,.0f quads/s, Jena bulk loader %,.0f quads/s", ours.quadsPerSecond(), jena.quadsPerSecond());

            Path bundled = work.resolve("bundled-store");
            new GraphBuilder(iris, options.threads()).build(bundled, PaperInputs::readBundled, PaperInputs.bundledNames(), Progress.NONE);
            List<QueryBench.Timing> timings = new ArrayList<>(QueryBench.run(bundled, "bundled", queries, options.runs()));
            timings.addAll(QueryBench.run(store, "synthetic-" + options.papers(), queries, options.runs()));
            return new BenchReport(machine, options.papers(), generateSeconds, extraction, build, ours, jena, timings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!options.keep()) deleteTree(work);
        }
    }

    /**
     * Each contender's rounds over the corpus, in a JVM of its own, one after the other; each first runs
     * on other papers, so its first round does not pay for all of the JIT.
     */
    private SteadyStateExtraction.Result extraction(Path corpus, Path work) {
        Path warmUp = work.resolve("warm-up-" + WARM_UP_PAPERS + ".txt");
        new CorpusGenerator(options.seed() + 1).write(Math.min(options.papers(), WARM_UP_PAPERS), CorpusFormat.LISTING, warmUp, n -> {});
        Map<Contender, SteadyStateExtraction.Rounds> rounds = new EnumMap<>(Contender.class);
        for (Contender c : Contender.values())
            rounds.put(c, ContenderProcess.measure(c, corpus, warmUp, options.threads(), line -> say("%s", line)));
        return new SteadyStateExtraction.Result(rounds.get(Contender.FLOOR), rounds.get(Contender.OWN_NLP_FLOOR), rounds.get(Contender.PIPELINE));
    }

    private BenchReport.Build build(Path store, PaperSource source, List<String> names) {
        System.gc();   // start the build's memory peak from the live data of the build alone
        try (MemoryWatch watch = new MemoryWatch()) {
            long t0 = System.nanoTime();
            BuildReport r = new GraphBuilder(iris, options.threads()).build(store, source, names, Progress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new BenchReport.Build(r.papers(), r.quads(), seconds, watch.peaks());
        }
    }

    private static void export(Path store, Path nquads) throws IOException {
        try (GraphStore s = GraphStore.open(store); OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            GraphExporter.export(s, GraphExporter.Format.NQUADS, out);
        }
    }

    private void say(String format, Object... args) {
        log.printf("  " + format + "%n", args);
        log.flush();
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
