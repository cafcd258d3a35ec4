package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import java.util.LinkedHashSet;
import java.util.Set;

import org.papergraph.export.DumpFilter;
import org.papergraph.export.DumpRecorder;
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
        description = "nquads, trig, turtle, ntriples, jsonld, graphml or gexf (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Output file (default: standard output); FILE.sha256 is written beside it. In STORE/dumps/ the dump is also listed in the VoID description and served at /dumps/FILE.")
    Path outFile;

    @Option(names = "--types", paramLabel = "CLASS", split = ",",
        description = "Keep only entities of these classes (Method,Dataset,Task,Metric,Concept), with their statements and evidence.")
    Set<String> types = new LinkedHashSet<>();

    @Option(names = "--min-confidence", paramLabel = "X",
        description = "Keep a paper-entity statement only when its evidence has at least this confidence (0..1).")
    Double minConfidence;

    @Option(names = "--construct", paramLabel = "FILE.rq", description = "Dump what this SPARQL CONSTRUCT query returns.")
    Path construct;

    @Override
    public Integer call() throws IOException {
        GraphExporter.Format f = GraphExporter.Format.parse(format);
        StoreChecks.requireStore(storeOptions.store);
        DumpFilter filter = new DumpFilter(types, minConfidence, construct == null ? null : Files.readString(construct));
        if (outFile != null && outFile.toAbsolutePath().getParent() != null) Files.createDirectories(outFile.toAbsolutePath().getParent());
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            try (OutputStream out = outFile == null ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(outFile))) {
                GraphExporter.export(store, f, filter, out);
            }
            if (outFile != null) {
                String sha = DumpRecorder.writeChecksum(outFile);
                if (DumpRecorder.inDumpsFolder(store, outFile))
                    DumpRecorder.recordInVoid(store, storeOptions.iris(), outFile, f.mediaType(), sha, describe(filter));
            }
        }
        return 0;
    }

    private String describe(DumpFilter filter) {
        if (filter.isNone()) return "The whole graph as " + format + ".";
        return "A selection of the graph as " + format + ":" + (types.isEmpty() ? "" : " entity types " + String.join(",", types) + ";")
            + (minConfidence == null ? "" : " evidence confidence >= " + minConfidence + ";")
            + (construct == null ? "" : " CONSTRUCT query " + construct.getFileName() + ";");
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { out.flush(); }
        };
    }
}
