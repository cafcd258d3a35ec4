package org.papergraph.server;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param store      the TDB2 store folder
 * @param port       HTTP port (0 for any free port)
 * @param configFile the Fuseki configuration file; null for the bundled {@code fuseki/config.ttl}
 * @param ui         whether to serve Fuseki's query UI
 */
public record ServerConfig(Path store, int port, Path configFile, boolean ui) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DATASET = "papergraph";
}
