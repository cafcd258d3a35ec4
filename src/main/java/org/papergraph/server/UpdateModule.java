package org.papergraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.papergraph.rdf.Iris;

/**
 * The update endpoints as a Fuseki module, off unless the server is started with it:
 * {@code POST /$/papergraph/add} and {@code /$/papergraph/remove} on the served dataset, behind
 * HTTP basic authentication by Jetty with the users of a Jetty password file ({@code user: password}).
 * Only these paths need a login: queries stay open.
 */
public final class UpdateModule implements FusekiModule {
    /** The path prefix of the update endpoints. */
    public static final String PATH = "/$/papergraph/";
    private final Path credentials;
    private final Iris iris;

    public UpdateModule(Path credentials, Iris iris) {
        if (credentials == null || !Files.isReadable(credentials))
            throw new IllegalArgumentException("updates need a readable credentials file (user: password), not " + credentials);
        this.credentials = credentials;
        this.iris = iris;
    }

    @Override
    public String name() { return "papergraph-updates"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("papergraph",
            JettySecurityLib.makeUserStore(credentials.toAbsolutePath().toString()), AuthScheme.BASIC);
        JettySecurityLib.addPathConstraint(security, PATH + "*");
        builder.securityHandler(security);
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        DataAccessPoint dap = registry.get(DataAccessPoint.canonical(ServerConfig.DATASET));
        if (dap == null) throw new IllegalStateException("the configuration serves no dataset /" + ServerConfig.DATASET);
        DatasetGraph dsg = dap.getDataService().getDataset();
        builder.addServlet(PATH + "*", new UpdateServlet(dsg, iris));
    }
}
