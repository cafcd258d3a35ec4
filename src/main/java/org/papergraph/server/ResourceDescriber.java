package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Iris;

/**
 * Describes a resource of the graph by running a SPARQL CONSTRUCT ({@code linked/describe.rq}, or
 * {@code linked/graph.rq} for a named graph) in a read transaction against the served dataset.
 */
public final class ResourceDescriber {
    private static final String DESCRIBE = read("linked/describe.rq");
    private static final String GRAPH = read("linked/graph.rq");
    private final DatasetGraph dataset;

    /** What a description is of: a resource, or a named graph (the ontology is served as its graph). */
    public enum Kind { RESOURCE, GRAPH, ONTOLOGY }

    /** A description: the resource's IRI, the statements, and the query that returned them. */
    public record Description(String iri, Kind kind, DatasetGraph data, String query) {}

    public ResourceDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Describes the first candidate IRI the store knows; empty when none is known (404). */
    public Optional<Description> describe(String path, List<String> candidates) {
        for (String iri : candidates) {
            Optional<Description> d = describeOne(path, iri);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private Optional<Description> describeOne(String path, String iri) {
        String base = iri.substring(0, iri.length() - path.length());
        // The ontology's IRI is fixed by its file whatever the base; its graph is named under the base.
        if (path.equals("ontology")) return graph(Iris.DEFAULT_BASE + "ontology", base + "graph/ontology", Kind.ONTOLOGY);
        if (path.equals("void")) return graph(iri, base + "graph/void", Kind.GRAPH);
        if (path.startsWith("graph/")) return graph(iri, iri, Kind.GRAPH);
        String query = withIri(DESCRIBE, iri);
        DatasetGraph data = run(query, false);
        Node subject = NodeFactory.createURI(iri);
        boolean known = data.getDefaultGraph().find(subject, Node.ANY, Node.ANY).hasNext();
        return known ? Optional.of(new Description(iri, Kind.RESOURCE, data, query)) : Optional.empty();
    }

    private Optional<Description> graph(String iri, String graphIri, Kind kind) {
        String query = withIri(GRAPH, graphIri);
        DatasetGraph data = run(query, true);
        return data.isEmpty() ? Optional.empty() : Optional.of(new Description(iri, kind, data, query));
    }

    private DatasetGraph run(String queryText, boolean quads) {
        Query query = QueryFactory.create(queryText);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                if (quads) return exec.constructDataset();
                DatasetGraph out = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                exec.construct().find().forEachRemaining(out.getDefaultGraph()::add);
                return out;
            }
        });
    }

    /** The query text with the resource's IRI in place of ?resource, as a reader would run it at the endpoint. */
    private static String withIri(String template, String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
        pss.setIri("resource", iri);
        return pss.toString();
    }

    private static String read(String resource) {
        try (InputStream in = ResourceDescriber.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
