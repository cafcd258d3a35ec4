package org.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/** Runs the SPARQL files of {@code export/} (bundled resources) against a dataset; the caller holds the transaction. */
final class Queries {
    private Queries() {}

    /** The rows of a bundled SELECT query. */
    static List<Binding> select(DatasetGraph dsg, String resource) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(read(resource)).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    static String read(String resource) {
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
