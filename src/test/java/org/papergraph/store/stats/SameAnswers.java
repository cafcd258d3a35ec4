package org.papergraph.store.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Checks that each competency query that reads the statistics graph (or was otherwise rewritten)
 * answers as the query it replaced, kept in src/test/resources/scanning-queries/, which computes the
 * same answer by scanning the store. Rows compare as a multiset (the ORDER BY of every query with a
 * LIMIT leaves no ties on these stores), and a " | "-separated GROUP_CONCAT compares as a set (its
 * order follows the plan).
 */
public final class SameAnswers {
    public static final Path SCANNING = Path.of("src/test/resources/scanning-queries");
    public static final Path QUERIES = Path.of("queries");

    private SameAnswers() {}

    /** The scanning queries, one per rewritten query of the same file name. */
    public static List<Path> scanningQueries() {
        try (Stream<Path> files = Files.list(SCANNING)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that every rewritten query answers as its scanning version on the store; returns the rows compared. */
    public static int assertAllSame(DatasetGraph dsg) {
        int rows = 0;
        for (Path scanning : scanningQueries()) {
            Path rewritten = QUERIES.resolve(scanning.getFileName());
            List<String> expected = rows(dsg, read(scanning));
            assertEquals(expected, rows(dsg, read(rewritten)), rewritten + " answers as " + scanning);
            rows += expected.size();
        }
        return rows;
    }

    /** Asserts that one rewritten query answers as its scanning version with its parameter line changed; returns the rows. */
    public static int assertSame(DatasetGraph dsg, String file, String parameter, String value) {
        List<String> expected = rows(dsg, read(SCANNING.resolve(file)).replace(parameter, value));
        assertEquals(expected, rows(dsg, read(QUERIES.resolve(file)).replace(parameter, value)), file + " with " + value);
        return expected.size();
    }

    /** The answer's rows, each as "var=value" pairs in the query's variable order, sorted. */
    static List<String> rows(DatasetGraph dsg, String sparql) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    var s = rs.next();
                    StringBuilder row = new StringBuilder();
                    for (String v : rs.getResultVars()) row.append(v).append('=').append(value(s.get(v))).append('\t');
                    out.add(row.toString());
                }
                out.sort(null);
                return out;
            }
        });
    }

    private static String value(org.apache.jena.rdf.model.RDFNode n) {
        if (n == null) return "";
        String text = n.toString();
        if (!text.contains(" | ")) return text;
        String[] parts = text.split(" \\| ");
        Arrays.sort(parts);
        return String.join(" | ", parts);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
