package org.papergraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.papergraph.rdf.Iris;

/**
 * Writes the VoID description of a built store into its {@code graph/void} named graph, from the
 * query {@code linked/void.rq} over the union of the graphs. Dumps are added later by
 * {@code papergraph export} when it writes into the store's dumps folder.
 */
public final class VoidDescriber {
    private VoidDescriber() {}

    /** The IRI of the VoID dataset description: {@code {base}void}. */
    public static String datasetIri(Iris iris) { return iris.base() + "void"; }

    /** Computes the VoID graph and stores it, in a write transaction. */
    public static void describe(Iris iris, DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        ParameterizedSparqlString query = new ParameterizedSparqlString(read());
        query.setIri("dataset", datasetIri(iris));
        Graph description = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query.asQuery()).build()) {
                return exec.construct();
            }
        });
        Node graph = iris.graph("void");
        Txn.executeWrite(dsg, () -> description.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    private static String read() {
        try (InputStream in = VoidDescriber.class.getClassLoader().getResourceAsStream("linked/void.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
