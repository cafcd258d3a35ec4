package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.papergraph.listing.BadRecordPolicy;
import org.papergraph.listing.PaperInputs;
import org.papergraph.pipeline.BuildReport;
import org.papergraph.pipeline.GraphBuilder;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.store.StoreBuilder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papergraph build}: reads listings, extracts, and replaces the store with the new graph. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the graph from listing files (default: the bundled corpus) into the store, replacing what was there.")
final class BuildCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to read (any supported format, .gz accepted).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--skip-bad", description = "Skip bad records and files (each reported, and recorded in the run) instead of failing.")
    boolean skipBad;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // -Dpapergraph.build.fileMode=direct bounds the build's resident memory (see
        // StoreBuilder.useBuildFileMode); process-wide, so only this verb applies it, not serve.
        StoreBuilder.useBuildFileMode();
        buildStore(storeOptions, inputs, threads, skipBad, out);
        return 0;
    }

    /** Builds the store from the bundled corpus or the inputs, failing on bad input; shared with {@code serve}. */
    static BuildReport buildStore(StoreOptions options, List<Path> inputs, int threads, PrintWriter out) {
        return buildStore(options, inputs, threads, false, out);
    }

    /** Builds the store and prints progress, skipped records and a summary. */
    static BuildReport buildStore(StoreOptions options, List<Path> inputs, int threads, boolean skipBad, PrintWriter out) {
        List<Path> files = inputs.isEmpty() ? List.of() : PaperInputs.expand(inputs);
        List<String> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
        BadRecordPolicy policy = skipBad ? BadRecordPolicy.skip(p -> skipped.add(p.getMessage())) : BadRecordPolicy.failFast();
        PaperSource source = files.isEmpty() ? PaperInputs::readBundled : sink -> PaperInputs.readFiles(files, sink, policy);
        List<String> names = files.isEmpty() ? PaperInputs.bundledNames() : files.stream().map(Path::toString).toList();
        out.printf("Building %s from %s%n", options.store.toAbsolutePath().normalize(),
            files.isEmpty() ? "the bundled corpus (" + names.size() + " files)" : files.size() + " file(s)");
        out.flush();
        BuildReport r = new GraphBuilder(options.iris(), threads).build(options.store, source, names, (papers, mentions, quads, ms) -> {
            out.printf("  %,d papers read, %,d entity statements, %,d triples, %.1f s%n", papers, mentions, quads, ms / 1000.0);
            out.flush();
        }, skipped);
        Skipped.print(skipped, out);
        out.printf("Built: %,d papers (%,d duplicates merged), %,d entity statements, %,d results, %,d quads stored in %.1f s (%.0f papers/s)%n",
            r.papers(), r.duplicates(), r.mentions(), r.results(), r.quads(), r.millis() / 1000.0, r.papersPerSecond());
        out.flush();
        return r;
    }
}
