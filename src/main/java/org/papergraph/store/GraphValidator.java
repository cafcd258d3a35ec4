package org.papergraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** SHACL validation of the union graph against the bundled shapes ({@code ontology/shapes.ttl}). */
public final class GraphValidator {
    private GraphValidator() {}

    /** The bundled shapes. */
    public static Shapes bundledShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/shapes.ttl is missing from the jar");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Shapes.parse(g);
    }

    /** Validates the store's union graph. */
    public static ValidationReport validate(GraphStore store, Shapes shapes) {
        return store.read(() -> ShaclValidator.get().validate(shapes, store.datasetGraph().getUnionGraph()));
    }
}
