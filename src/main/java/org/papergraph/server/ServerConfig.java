package org.papergraph.server;

import java.nio.file.Path;

import org.papergraph.rdf.Iris;

/**
 * How the server runs.
 *
 * @param store               the TDB2 store folder
 * @param port                HTTP port (0 for any free port)
 * @param configFile          the Fuseki configuration file; null for the bundled {@code fuseki/config.ttl}
 * @param ui                  whether to serve Fuseki's query UI
 * @param base                the IRI base the store was built with; its IRIs are served at the server's root
 * @param queryTimeoutSeconds query time limit overriding the configuration file's; null keeps the file's
 */
public record ServerConfig(Path store, int port, Path configFile, boolean ui, String base, Double queryTimeoutSeconds) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DATASET = "papergraph";

    /** The default base and the configuration file's query timeout. */
    public ServerConfig(Path store, int port, Path configFile, boolean ui) {
        this(store, port, configFile, ui, Iris.DEFAULT_BASE, null);
    }

    public ServerConfig {
        base = new Iris(base == null ? Iris.DEFAULT_BASE : base).base();
    }
}
