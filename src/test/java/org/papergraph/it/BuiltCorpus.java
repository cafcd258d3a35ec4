package org.papergraph.it;

import java.nio.file.Path;
import java.util.List;

import org.papergraph.listing.PaperInputs;
import org.papergraph.pipeline.BuildReport;
import org.papergraph.pipeline.GraphBuilder;
import org.papergraph.pipeline.Progress;
import org.papergraph.rdf.Iris;

/** The bundled corpus built once per test run into target/test-store, shared by the integration tests. */
public final class BuiltCorpus {
    public static final Path STORE = Path.of("target", "test-store");
    private static BuildReport report;

    private BuiltCorpus() {}

    /** Builds the store on first call; later calls return the same report. */
    public static synchronized BuildReport ensureBuilt() {
        if (report == null) {
            report = new GraphBuilder(Iris.standard(), Runtime.getRuntime().availableProcessors())
                .build(STORE, PaperInputs::readBundled, PaperInputs.bundledNames(), Progress.NONE);
        }
        return report;
    }

    public static List<String> files() { return PaperInputs.bundledNames(); }
}
