package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.papergraph.bench.CorpusFormat;
import org.papergraph.bench.CorpusGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papergraph generate}: writes a large synthetic corpus recombined from the bundled one. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic corpus (titles and abstracts recombined from the bundled corpus).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--papers", paramLabel = "N", required = true, description = "Number of papers.")
    long papers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "listing", description = "listing (default) or arxiv-jsonl.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "Output file; gzip-compressed when it ends in .gz.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1); the same seed gives the same corpus.")
    long seed;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        new CorpusGenerator(seed).write(papers, CorpusFormat.of(format), out, n -> {
            w.printf("  %,d papers written%n", n);
            w.flush();
        });
        w.printf("Wrote %,d papers (%s) to %s in %.1f s%n", papers, format, out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
