package org.papergraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.papergraph.listing.PaperInputs;
import org.papergraph.pipeline.PaperUpdater;
import org.papergraph.pipeline.UpdateInput;
import org.papergraph.pipeline.UpdateReport;
import org.papergraph.server.UpdateClient;
import org.papergraph.store.GraphStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papergraph add}: adds or updates papers in an existing store, or through a running server, in one transaction. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add or update papers from listing files in an existing store (all or nothing), without rebuilding the rest.")
final class AddCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read (any supported format, .gz accepted).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--skip-bad", description = "Skip bad records and files (each reported, and recorded in the run) instead of failing.")
    boolean skipBad;

    @Mixin ServerOptions serverOptions;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<UpdateInput> files = PaperInputs.expand(inputs).stream().map(UpdateInput::of).toList();
        if (serverOptions.server != null) {
            // TDB2 allows one JVM per store: while a server holds it, updates go through the server.
            out.println(new UpdateClient(URI.create(serverOptions.server), serverOptions.credentials()).add(files, skipBad));
            out.flush();
            return 0;
        }
        StoreChecks.requireStore(storeOptions.store);
        UpdateReport r;
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            r = new PaperUpdater(storeOptions.iris()).add(store.datasetGraph(), files, skipBad);
        }
        Skipped.print(r.skipped(), out);
        out.printf("Added %d paper(s), updated %d, from %d record(s) read; run %s%n", r.added(), r.updated(), r.read(), r.run());
        out.flush();
        return 0;
    }
}
