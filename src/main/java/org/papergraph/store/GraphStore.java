package org.papergraph.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 database that holds the graph. The default graph of queries is the union of the named
 * graphs (each paper is one named graph), set on the dataset's context so that local queries see
 * what the server shows.
 */
public final class GraphStore implements AutoCloseable {
    private final Path location;
    private final DatasetGraph dsg;

    private GraphStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the store at a folder. */
    public static GraphStore open(Path location) {
        try {
            Files.createDirectories(location);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the store folder " + location, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new GraphStore(location, dsg);
    }

    /** Whether a folder holds no graph yet (missing, empty, or a database without quads). */
    public static boolean isEmpty(Path location) {
        if (!Files.isDirectory(location)) return true;
        try (var list = Files.list(location)) {
            if (list.findAny().isEmpty()) return true;
        } catch (java.io.IOException e) {
            return true;
        }
        try (GraphStore store = open(location)) {
            return Txn.calculateRead(store.dsg, () -> store.dsg.isEmpty());
        }
    }

    public Path location() { return location; }

    public DatasetGraph datasetGraph() { return dsg; }

    public Dataset dataset() { return org.apache.jena.query.DatasetFactory.wrap(dsg); }

    /** Number of quads over all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** Runs a read transaction. */
    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    /** Runs a write transaction: committed when the action returns, aborted when it throws. */
    public void write(Runnable action) {
        Txn.executeWrite(dsg, action);
    }

    @Override
    public void close() {
        if (dsg.isInTransaction()) dsg.end();
        TDBInternal.expel(dsg);
    }
}
