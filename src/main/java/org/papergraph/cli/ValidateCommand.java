package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.papergraph.store.GraphStore;
import org.papergraph.store.GraphValidator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code papergraph validate}: SHACL validation against ontology/shapes.ttl; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate the graph against the SHACL shapes; non-zero exit on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoreChecks.requireStore(storeOptions.store);
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            ValidationReport report = GraphValidator.validate(store, GraphValidator.bundledShapes());
            if (report.conforms()) {
                out.println("The graph conforms to the shapes.");
                return 0;
            }
            out.printf("%d violation(s):%n", report.getEntries().size());
            out.flush();
            ShLib.printReport(new java.io.PrintStream(new org.apache.commons.io.output.WriterOutputStream(out, java.nio.charset.StandardCharsets.UTF_8), true), report);
            out.flush();
            return 1;
        }
    }
}
