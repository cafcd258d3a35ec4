package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.eval.GoldPaper;
import org.papergraph.eval.GoldScorer;
import org.papergraph.eval.InMemoryBuild;
import org.papergraph.eval.Scores;
import org.papergraph.store.GraphStore;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papergraph eval}: scores a store (or a fresh in-memory build of the bundled corpus) against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the graph against gold annotations (JSONL) and list the most common errors.")
final class EvalCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold annotations, one paper per line.")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON.")
    Path json;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "10", description = "Most common errors to list per kind and type (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--in-memory", description = "Build the bundled corpus in memory instead of reading the store.")
    boolean inMemory;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        GoldScorer scorer = new GoldScorer(GoldPaper.read(gold));
        Scores s;
        if (inMemory) {
            DatasetGraph dsg = InMemoryBuild.bundled(Runtime.getRuntime().availableProcessors());
            s = dsg.calculateRead(() -> scorer.score(dsg));
        } else {
            StoreChecks.requireStore(storeOptions.store);
            try (GraphStore store = GraphStore.open(storeOptions.store)) {
                s = store.read(() -> scorer.score(store.datasetGraph()));
            }
        }
        if (errors > 0) scorer.errors().print(out, errors);
        s.print(out);
        if (json != null) Files.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(s));
        return 0;
    }
}
