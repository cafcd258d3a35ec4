package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Answers a GET on the SPARQL endpoint without a query, asking for RDF, with the SPARQL 1.1
 * Service Description ({@code linked/service-description.ttl}); any other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final List<RdfFormat> OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML);
    private static final String TEMPLATE = read();
    private final List<String> endpointPaths;
    private final String base;

    ServiceDescriptionFilter(List<String> endpointPaths, String base) {
        this.endpointPaths = endpointPaths;
        this.base = base;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        Optional<RdfFormat> format = Optional.empty();
        if ("GET".equals(req.getMethod()) && req.getParameter("query") == null && endpointPaths.contains(req.getRequestURI()))
            format = ContentNegotiation.choose(null, req.getHeader("Accept"), OFFERS)
                // "*/*" alone is how a SPARQL client without preference asks; a browser wants Fuseki's own answer.
                .filter(f -> req.getHeader("Accept") != null && !req.getHeader("Accept").contains("text/html"));
        if (format.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setStatus(200);
        resp.setContentType(format.get().mediaType() + ";charset=utf-8");
        RDFWriter.source(describe(req.getRequestURL().toString())).format(format.get().rdfFormat).output(resp.getOutputStream());
    }

    private Graph describe(String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        String ttl = TEMPLATE.replace("{endpoint}", endpoint).replace("{base}", base);
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    private static String read() {
        try (InputStream in = ServiceDescriptionFilter.class.getClassLoader().getResourceAsStream("linked/service-description.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
