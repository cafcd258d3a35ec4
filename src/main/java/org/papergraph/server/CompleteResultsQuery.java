package org.papergraph.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;

/**
 * Fuseki's query operation, except that SELECT (and JSON) results are computed in full before the
 * response starts. Stock Fuseki streams rows, so a timeout that strikes mid-stream can only append
 * a "## Query cancelled" comment to a 200 response (a truncated CSV or TSV answer then looks
 * complete). Here the timeout fires before any byte is written and Fuseki answers
 * 503 "Query timed out". CONSTRUCT and DESCRIBE results are already built in memory by Fuseki.
 */
final class CompleteResultsQuery extends SPARQL_QueryDataset {
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        if (result.isRowSet()) return new QueryExecResult(RowSetMem.create(result.rowSet()));
        if (result.isJson()) {
            List<JsonObject> items = new ArrayList<>();
            Iterator<JsonObject> it = result.jsonItems();
            it.forEachRemaining(items::add);
            return new QueryExecResult(items.iterator());
        }
        return result;
    }
}
