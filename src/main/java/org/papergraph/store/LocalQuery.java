package org.papergraph.store;

import java.io.PrintStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Runs a SPARQL query against the store (default graph = union of named graphs) and prints the answer. */
public final class LocalQuery {
    private LocalQuery() {}

    /** Prints SELECT answers as a table, ASK as yes/no, CONSTRUCT/DESCRIBE as Turtle. */
    public static void run(GraphStore store, String sparql, PrintStream out) {
        Query query = QueryFactory.create(sparql);
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                if (query.isSelectType()) ResultSetFormatter.out(out, qe.execSelect(), query);
                else if (query.isAskType()) out.println(qe.execAsk() ? "yes" : "no");
                else if (query.isConstructType()) RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                else RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
            }
            return null;
        });
    }
}
