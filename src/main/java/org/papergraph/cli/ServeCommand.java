package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.papergraph.server.PapergraphServer;
import org.papergraph.server.UpdateModule;
import org.papergraph.server.ServerConfig;
import org.papergraph.store.GraphStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papergraph serve}: serves the store with Fuseki, building it from the bundled corpus first when it is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store over SPARQL (embedded Fuseki with its query UI); builds it from the bundled corpus when empty.")
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: the bundled fuseki/config.ttl).")
    Path config;

    @Option(names = "--no-ui", negatable = true, description = "Serve without Fuseki's query UI.")
    boolean ui = true;

    @Option(names = "--allow-updates", description = "Accept add and remove runs at /$/papergraph/ (off by default; also env "
        + ALLOW_UPDATES_ENV + "=true); needs --credentials.")
    boolean allowUpdates;

    @Option(names = "--credentials", paramLabel = "FILE", description = "Jetty password file (lines 'user: password') of those allowed to update.")
    Path credentials;

    static final String ALLOW_UPDATES_ENV = "PAPERGRAPH_ALLOW_UPDATES";

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
        description = "Stop queries that run longer and answer 503 'Query timed out' (default: the configuration file's, 60 s).")
    Double queryTimeout;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (GraphStore.isEmpty(storeOptions.store))
            BuildCommand.buildStore(storeOptions, List.of(), Runtime.getRuntime().availableProcessors(), out);
        boolean updates = allowUpdates || Boolean.parseBoolean(System.getenv(ALLOW_UPDATES_ENV));
        if (updates && credentials == null) throw new ErrorHandler.UserError("--allow-updates needs --credentials FILE");
        List<FusekiModule> extra = updates ? List.of(new UpdateModule(credentials, storeOptions.iris())) : List.of();
        FusekiServer server = PapergraphServer.start(new ServerConfig(storeOptions.store, port, config, ui, storeOptions.base, queryTimeout), extra);
        String root = "http://localhost:" + server.getHttpPort();
        out.printf("%nServing %s%n", storeOptions.store.toAbsolutePath().normalize());
        out.printf("  Query UI         %s/#/dataset/%s/query%n", root, ServerConfig.DATASET);
        out.printf("  SPARQL endpoint  %s/%s/sparql%n", root, ServerConfig.DATASET);
        out.printf("  Graph Store      %s/%s/get%n", root, ServerConfig.DATASET);
        out.printf("  Linked data      %s/ontology, %s/void, %s/entity/{slug}, %s/paper/{key} (IRIs under %s)%n",
            root, root, root, root, storeOptions.iris().base());
        if (updates) out.printf("  Updates (login)  %s%sadd, %sremove%n", root, UpdateModule.PATH, UpdateModule.PATH);
        out.printf("Press Ctrl-C to stop.%n");
        out.flush();
        server.join();
        return 0;
    }
}
