package org.papergraph.bench;

import java.util.List;

/** Everything one benchmark run measured. */
public record BenchReport(MachineInfo machine, long papers, double generateSeconds,
                          SteadyStateExtraction.Result extraction,
                          Build build, LoadBench.Rate storeBuilder, LoadBench.Rate jenaLoader,
                          List<QueryBench.Timing> queries) {
    /** The end-to-end build of the synthetic corpus: extraction into the store, and its memory. */
    public record Build(long papers, long quads, double seconds, MemoryWatch.Peaks memory) {}

    /** The steady-state round: pipeline and floor throughput over the same papers and threads. */
    ExtractionBench.Round extractionSteady() { return extraction.steady(); }

    /** The first round after the short warm-up: what a small build sees, JIT included. */
    ExtractionBench.Round extractionFirst() { return extraction.first(); }

    /** StoreBuilder load rate over Jena's bulk loader's, same quads. */
    double loadRatio() { return storeBuilder.quadsPerSecond() / jenaLoader.quadsPerSecond(); }
}
