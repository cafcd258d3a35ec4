package org.papergraph.bench;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.store.StoreBuilder;

/**
 * Loading one N-Quads file into a new TDB2 store two ways: through papergraph's StoreBuilder
 * (what a build writes into) and through Jena's own bulk loader as {@code tdb2.tdbloader} runs
 * it on an empty store (the phased loader), both until the store is on disk.
 */
final class LoadBench {
    /** Quads loaded and the seconds it took. */
    record Rate(long quads, double seconds) {
        double quadsPerSecond() { return quads / seconds; }
    }

    private LoadBench() {}

    /** StoreBuilder.replace fed by parsing the file, as the pipeline feeds it during a build. */
    static Rate storeBuilder(Path nquads, Path store) {
        long t0 = System.nanoTime();
        StoreBuilder.Loaded loaded = StoreBuilder.replace(store,
            out -> RDFParser.source(nquads).lang(Lang.NQUADS).parse(new InnerStream(out)));
        return new Rate(loaded.quads(), (System.nanoTime() - t0) / 1e9);
    }

    /** Jena's tdbloader code path: the phased bulk loader loading the file into an empty store. */
    static Rate jenaBulkLoader(Path nquads, Path store) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, null, MonitorOutputs.nullOutput());
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        long quads = loader.countQuads() + loader.countTriples();
        TDBInternal.expel(dsg, true);
        return new Rate(quads, (System.nanoTime() - t0) / 1e9);
    }

    /** The loader's stream is started and finished by StoreBuilder, not by each parse. */
    private static final class InnerStream extends StreamRDFWrapper {
        InnerStream(StreamRDF out) { super(out); }

        @Override public void start() {}

        @Override public void finish() {}
    }
}
