package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.papergraph.export.GraphExporter;
import org.papergraph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papergraph export}: dumps the graph in a standard format. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Dump the graph (all named graphs, or the union for triple formats).")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nquads",
        description = "nquads, trig, turtle, ntriples or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        GraphExporter.Format f = GraphExporter.Format.parse(format);
        StoreChecks.requireStore(storeOptions.store);
        try (GraphStore store = GraphStore.open(storeOptions.store);
             OutputStream out = outFile == null ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(outFile))) {
            GraphExporter.export(store, f, out);
        }
        return 0;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { out.flush(); }
        };
    }
}
