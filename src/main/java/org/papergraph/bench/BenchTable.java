package org.papergraph.bench;

import java.io.PrintWriter;

/** The human-readable table of a benchmark report (Markdown, so it pastes into docs/benchmark.md). */
public final class BenchTable {
    private BenchTable() {}

    public static void print(BenchReport r, PrintWriter out) {
        MachineInfo m = r.machine();
        out.printf("Machine: %d cores, %d threads, max heap %,d MB, %s, %s, load average at start %.2f%n%n",
            m.cores(), m.threads(), m.maxHeapMb(), m.jvm(), m.os(), m.loadAverage());
        out.printf("| %s | %s | %s | %s |%n", "measure (" + String.format("%,d", r.papers()) + " synthetic papers)", "papergraph", "reference", "ratio");
        out.println("|---|---:|---:|---:|");
        ExtractionBench.Round steady = r.extractionSteady(), first = r.extractionFirst();
        out.printf("| extraction papers/s, steady state (vs NLP floor) | %.1f | %.1f | %.2f |%n",
            steady.pipeline().papersPerSecond(), steady.floor().papersPerSecond(), steady.ratio());
        out.printf("| extraction papers/s, steady state (vs NLP floor run with the pipeline's own memoized NLP code) | %.1f | %.1f | %.2f |%n",
            steady.pipeline().papersPerSecond(), steady.ownNlpFloor().papersPerSecond(), steady.ownNlpRatio());
        out.printf("| extraction tokens/s, steady state (vs NLP floor) | %,.0f | %,.0f | |%n",
            steady.pipeline().tokensPerSecond(), steady.floor().tokensPerSecond());
        out.printf("| extraction process CPU s, steady state (floor/pipeline) | %.1f | %.1f | %.2f |%n",
            steady.pipeline().cpuSeconds(), steady.floor().cpuSeconds(), steady.cpuRatio());
        out.printf("| extraction process CPU s, steady state (own NLP floor/pipeline) | %.1f | %.1f | %.2f |%n",
            steady.pipeline().cpuSeconds(), steady.ownNlpFloor().cpuSeconds(), steady.ownNlpFloor().cpuSeconds() / steady.pipeline().cpuSeconds());
        out.printf("| extraction papers/s, first round (vs NLP floor) | %.1f | %.1f | %.2f |%n",
            first.pipeline().papersPerSecond(), first.floor().papersPerSecond(), first.ratio());
        out.printf("| TDB2 load quads/s (vs Jena bulk loader) | %,.0f | %,.0f | %.2f |%n",
            r.storeBuilder().quadsPerSecond(), r.jenaLoader().quadsPerSecond(), r.loadRatio());
        out.printf("| end-to-end build: papers/s, seconds | %.1f | %.1f s | |%n", r.build().papers() / r.build().seconds(), r.build().seconds());
        out.printf("| build peak heap / RSS / anon RSS (MB) | %,d | %,d / %,d | |%n",
            r.build().memory().heapMb(), r.build().memory().rssMb(), r.build().memory().anonRssMb());
        out.printf("| lemma memo hit rate, steady state | %.0f%% | | |%n%n", 100 * r.extraction().lemmaMemoHitRate());
        out.printf("Extraction steady state: %s, %,d papers a round; first round: after a warm-up on %,d other papers.%n%n",
            r.extraction().method(), r.papers(), Benchmark.WARM_UP_PAPERS);
        out.println("| query | corpus | median ms | p95 ms |");
        out.println("|---|---|---:|---:|");
        for (QueryBench.Timing t : r.queries())
            out.printf("| %s | %s | %.1f | %.1f |%n", t.name(), t.corpus(), t.medianMs(), t.p95Ms());
        out.flush();
    }
}
