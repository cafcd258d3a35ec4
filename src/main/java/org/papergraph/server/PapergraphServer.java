package org.papergraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;

/**
 * The embedded Fuseki server: the store under /papergraph (SPARQL query, Graph Store read) from
 * {@code fuseki/config.ttl}, the graph's IRIs as linked data ({@link LinkedDataModule}), CORS on
 * every response, and Fuseki's own query UI at the root. JSON results are written compactly
 * ({@link CompactJsonResults}).
 */
public final class PapergraphServer {
    private PapergraphServer() {}

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(ServerConfig config) {
        return start(config, List.of());
    }

    /** Builds and starts the server with extra Fuseki modules (e.g. {@link UpdateModule}); the caller stops it. */
    public static FusekiServer start(ServerConfig config, List<FusekiModule> extra) {
        CompactJsonResults.register();
        List<FusekiModule> modules = new ArrayList<>();
        FusekiServer.Builder builder = FusekiServer.create()
            .port(config.port())
            .parseConfig(FusekiConfigFile.forStore(config.configFile(), config.store(), config.queryTimeoutSeconds()))
            // Browser tools (YASGUI, Sparnatural) query from other origins; Fuseki's CORS filter answers preflights.
            .enableCors(true, null);
        LinkedDataModule linkedData = new LinkedDataModule(config.base(), ServerConfig.DATASET,
            config.store().resolve(org.papergraph.export.DumpRecorder.FOLDER));
        if (config.ui()) {
            // The UI lists datasets through the admin module, which keeps its work area in FUSEKI_BASE.
            System.setProperty("FUSEKI_BASE", workArea());
            modules.add(linkedData);
            modules.add(FMod_Admin.create());
            modules.add(FMod_UI.create());
        } else {
            modules.add(linkedData);
        }
        modules.addAll(extra);
        builder.fusekiModules(FusekiModules.create(modules));
        return builder.build().start();
    }

    private static String workArea() {
        try {
            return Files.createTempDirectory("papergraph-fuseki").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
