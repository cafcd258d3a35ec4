package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.papergraph.bench.BenchReport;
import org.papergraph.bench.Benchmark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papergraph bench}: measures extraction, loading, queries and memory on a synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark: extraction vs the NLP floor, TDB2 load vs Jena's bulk loader, query latency, memory.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--papers", paramLabel = "N", defaultValue = "10000", description = "Synthetic papers (default 10000).")
    long papers;

    @Option(names = "--json", paramLabel = "FILE", required = true, description = "Where to write the JSON report.")
    Path json;

    @Option(names = "--threads", paramLabel = "T", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the synthetic corpus (default 1).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the corpus and stores (default: a new temporary folder).")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:PAPERGRAPH_HOME:-.}/queries",
        description = "Folder of the .rq queries (default: the project's, ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--query-filter", paramLabel = "TEXT", defaultValue = "", description = "Only queries whose file name contains TEXT.")
    String queryFilter;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "10", description = "Timed runs of each query (default 10).")
    int runs;

    @Option(names = "--keep", description = "Keep the work folder (corpus, stores, N-Quads).")
    boolean keep;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = work != null ? work : Files.createTempDirectory("papergraph-bench");
        out.printf("Benchmark: %,d papers, %d threads, work folder %s%n", papers, threads, dir);
        out.flush();
        BenchReport report = new Benchmark(new Benchmark.Options(papers, threads, seed, dir, queries, queryFilter, runs, keep), out).run();
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(json, org.papergraph.bench.BenchJson.toJson(report));
        org.papergraph.bench.BenchTable.print(report, out);
        out.printf("%nJSON: %s%n", json);
        return 0;
    }
}
