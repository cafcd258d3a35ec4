package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Publishes the graph as linked data: every IRI the graph mints resolves at this server (content
 * negotiation, HTML pages), the JSON-LD context, VoID, the endpoint's Service Description, and a
 * query operation that reports a timeout as an error instead of truncating results.
 * Only the graph's own path prefixes are taken, so Fuseki's dataset, admin and UI paths stay Fuseki's.
 */
public final class LinkedDataModule implements FusekiModule {
    /** The first path segments of the IRIs the graph mints. */
    static final List<String> RESOURCE_PATHS = List.of("/paper/*", "/entity/*", "/result/*", "/annotation/*", "/run/*",
        "/graph/*", "/vocabulary/*", "/ontology", "/void", "/.well-known/void");
    private final IriMapping iris;
    private final String datasetName;
    private final AtomicReference<DatasetGraph> dataset = new AtomicReference<>();
    private final Path dumps;

    /** A module for the IRIs under {@code base}, describing from the dataset at {@code datasetName}; dumps served from {@code dumps}. */
    public LinkedDataModule(String base, String datasetName, Path dumps) {
        this.dumps = dumps;
        this.iris = new IriMapping(base);
        this.datasetName = datasetName.startsWith("/") ? datasetName : "/" + datasetName;
    }

    @Override
    public String name() { return "papergraph linked data"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(Operation.Query, new CompleteResultsQuery());
        LinkedDataServlet servlet = new LinkedDataServlet(iris, dataset::get, datasetName + "/sparql");
        RESOURCE_PATHS.forEach(p -> builder.addServlet(p, servlet));
        builder.addServlet("/dumps/*", new DumpServlet(dumps));
        builder.addServlet("/context.jsonld", new TextServlet("application/ld+json", Prefixes.contextDocument(iris.base())));
        builder.addFilter(datasetName + "/*", new ServiceDescriptionFilter(
            List.of(datasetName, datasetName + "/", datasetName + "/sparql", datasetName + "/query"), iris.base()));
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        DataAccessPoint dap = registry.get(datasetName);
        if (dap == null) throw new IllegalStateException("the configuration serves no dataset at " + datasetName);
        dataset.set(dap.getDataService().getDataset());
    }

    /**
     * Releases the text index when the server stops: Lucene's write lock is per index folder, so
     * another server on the same store in this JVM (tests, a restart) could not open it otherwise.
     */
    @Override
    public void serverStopped(FusekiServer server) {
        if (dataset.get() instanceof DatasetGraphText text) text.getTextIndex().close();
    }

    /** Serves one fixed document. */
    private static final class TextServlet extends HttpServlet {
        private final String contentType;
        private final byte[] body;

        TextServlet(String contentType, String body) {
            this.contentType = contentType;
            this.body = body.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType(contentType + ";charset=utf-8");
            resp.getOutputStream().write(body);
        }
    }
}
