package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.papergraph.store.GraphStore;
import org.papergraph.store.LocalQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code papergraph query}: runs a SPARQL query (a .rq file or the query text) against the store and prints a table. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query (file or text) against the store and print the answer.")
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or the SPARQL text itself.")
    String query;

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(query.length() < 4096 ? query : "-");
        String sparql = query.length() < 4096 && Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : query;
        StoreChecks.requireStore(storeOptions.store);
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try {
                LocalQuery.run(store, sparql, out);
            } catch (org.apache.jena.query.QueryParseException e) {
                throw new ErrorHandler.UserError("bad SPARQL: " + e.getMessage());
            }
        }
        return 0;
    }
}
