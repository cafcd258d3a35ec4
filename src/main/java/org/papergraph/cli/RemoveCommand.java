package org.papergraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.papergraph.pipeline.PaperRemover;
import org.papergraph.pipeline.UpdateReport;
import org.papergraph.server.UpdateClient;
import org.papergraph.store.GraphStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code papergraph remove}: removes papers by arXiv id, DOI, paper IRI or key, all or none. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Remove papers (by arXiv id, DOI, paper IRI or key) with all their graphs; if one id is unknown, nothing is removed.")
final class RemoveCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "arXiv id (2403.01234), DOI (10.18653/...), paper IRI or key (arxiv-2403.01234).")
    List<String> ids = new ArrayList<>();

    @Mixin ServerOptions serverOptions;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (serverOptions.server != null) {
            out.println(new UpdateClient(URI.create(serverOptions.server), serverOptions.credentials()).remove(ids));
            out.flush();
            return 0;
        }
        StoreChecks.requireStore(storeOptions.store);
        UpdateReport r;
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            r = new PaperRemover(storeOptions.iris()).remove(store.datasetGraph(), ids);
        }
        out.printf("Removed %d paper(s): %s; run %s%n", r.removed(), String.join(", ", r.keys()), r.run());
        out.flush();
        return 0;
    }
}
