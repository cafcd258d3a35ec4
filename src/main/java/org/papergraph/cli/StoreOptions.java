package org.papergraph.cli;

import java.nio.file.Path;

import org.papergraph.rdf.Iris;

import picocli.CommandLine.Option;

/** Options every verb that touches a store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
        description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working directory).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
        description = "Base of the IRIs the graph mints (default: ${DEFAULT-VALUE}).")
    String base;

    Iris iris() { return new Iris(base); }
}
