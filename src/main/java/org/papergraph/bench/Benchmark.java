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
import java.util.List;
import java.util.stream.Stream;

import org.papergraph.export.GraphExporter;
import org.papergraph.listing.PaperInputs;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;
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

    /** Papers other than the measured ones that both passes run on before the first round. */
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

            warmUp();
            SteadyStateExtraction.Result extraction = SteadyStateExtraction.run(source, options.threads(), iris, line -> say("%s", line));
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

    /** Compiles the hot code of both passes on other papers first, so the first round's floor does not pay for the JIT alone. */
    private void warmUp() {
        SyntheticPapers other = new SyntheticPapers(CorpusPool.bundled(), options.seed() + 1);
        long n = Math.min(options.papers(), WARM_UP_PAPERS);
        PaperSource warm = sink -> {
            for (long i = 0; i < n; i++) {
                SyntheticPaper p = other.paper(i);
                sink.paper(new Paper(p.title(), p.abstractText(), new SourceLocation("warm-up", i + 1)));
            }
        };
        ExtractionBench.floor(warm, options.threads(), false);
        ExtractionBench.floor(warm, options.threads(), true);
        ExtractionBench.pipeline(warm, options.threads(), iris);
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
