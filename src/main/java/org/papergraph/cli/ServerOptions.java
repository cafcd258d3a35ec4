package org.papergraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options of verbs that can send their change to a running server instead of opening the store. */
final class ServerOptions {
    static final String CREDENTIALS_ENV = "PAPERGRAPH_CREDENTIALS";

    @Option(names = "--server", paramLabel = "URL", description = "Send the change to a papergraph server started with --allow-updates (e.g. http://localhost:3030).")
    String server;

    @Option(names = "--credentials", paramLabel = "FILE",
        description = "File with one line USER:PASSWORD for --server (default: the environment variable " + CREDENTIALS_ENV + ", USER:PASSWORD).")
    Path credentials;

    /** "user:password" from the file or the environment, or null. */
    String credentials() throws IOException {
        if (credentials != null) return Files.readString(credentials, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        return System.getenv(CREDENTIALS_ENV);
    }
}
