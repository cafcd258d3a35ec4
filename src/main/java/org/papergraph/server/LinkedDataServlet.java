package org.papergraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.server.ResourceDescriber.Description;
import org.papergraph.server.ResourceDescriber.Kind;

/**
 * Dereferences the graph's IRIs: {@code /{path}} answers for {@code {base}{path}} with the
 * resource's description in the representation the client asks for (Accept or {@code ?format=}).
 * 404 for IRIs the store does not know, 406 when no offered representation is acceptable.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final List<RdfFormat> RESOURCE_OFFERS = Arrays.stream(RdfFormat.values()).filter(f -> !f.quads).toList();
    private static final List<RdfFormat> GRAPH_OFFERS = List.of(RdfFormat.values());
    private final IriMapping iris;
    private final Supplier<DatasetGraph> dataset;
    private final String endpointPath;

    LinkedDataServlet(IriMapping iris, Supplier<DatasetGraph> dataset, String endpointPath) {
        this.iris = iris;
        this.dataset = dataset;
        this.endpointPath = endpointPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        Optional<Description> description;
        try {
            description = new ResourceDescriber(dataset.get()).describe(path, iris.iris(path));
        } catch (QueryCancelledException e) {
            // The server's query time limit applies to descriptions too; say so, as the endpoint does.
            plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out\n");
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (description.isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no resource " + iris.base() + path + " in this graph\n");
            return;
        }
        Description d = description.get();
        List<RdfFormat> offers = d.kind() == Kind.RESOURCE ? RESOURCE_OFFERS : GRAPH_OFFERS;
        Optional<RdfFormat> format = ContentNegotiation.choose(req.getParameter("format"), req.getHeader("Accept"), offers);
        if (format.isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: "
                + String.join(", ", offers.stream().map(RdfFormat::mediaType).toList()) + " (or ?format=" 
                + String.join("|", offers.stream().map(RdfFormat::extension).toList()) + ")\n");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.get().mediaType() + ";charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            if (format.get().isRdf()) {
                RdfResponse.write(d, format.get(), iris.base(), out);
            } else {
                GraphView view = new GraphView(RdfResponse.triples(d, iris.base()), iris);
                String html = d.kind() == Kind.ONTOLOGY ? OntologyPage.render(d, view) : HtmlPage.render(d, view, endpointPath);
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The request path without the leading slash; {@code /.well-known/void} is the VoID description. */
    private static String path(HttpServletRequest req) {
        String p = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (p.equals("/.well-known/void")) return "void";
        return p.startsWith("/") ? p.substring(1) : p;
    }

    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
