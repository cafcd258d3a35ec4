package org.papergraph.bench;

import java.util.List;

/** Everything one benchmark run measured. */
public record BenchReport(MachineInfo machine, long papers, double generateSeconds,
                          ExtractionBench.Throughput pipeline, ExtractionBench.Throughput floor,
                          Build build, LoadBench.Rate storeBuilder, LoadBench.Rate jenaLoader,
                          List<QueryBench.Timing> queries, double lemmaMemoHitRate) {
    /** The end-to-end build of the synthetic corpus: extraction into the store, and its memory. */
    public record Build(long papers, long quads, double seconds, MemoryWatch.Peaks memory) {}

    /** Pipeline throughput over the NLP floor's, same papers and threads. */
    double extractionRatio() { return pipeline.papersPerSecond() / floor.papersPerSecond(); }

    /** StoreBuilder load rate over Jena's bulk loader's, same quads. */
    double loadRatio() { return storeBuilder.quadsPerSecond() / jenaLoader.quadsPerSecond(); }
}
