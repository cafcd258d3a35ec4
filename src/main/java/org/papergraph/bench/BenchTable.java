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
        out.printf("| extraction papers/s (vs NLP floor) | %.1f | %.1f | %.2f |%n",
            r.pipeline().papersPerSecond(), r.floor().papersPerSecond(), r.extractionRatio());
        out.printf("| extraction tokens/s (vs NLP floor) | %,.0f | %,.0f | |%n", r.pipeline().tokensPerSecond(), r.floor().tokensPerSecond());
        out.printf("| TDB2 load quads/s (vs Jena bulk loader) | %,.0f | %,.0f | %.2f |%n",
            r.storeBuilder().quadsPerSecond(), r.jenaLoader().quadsPerSecond(), r.loadRatio());
        out.printf("| end-to-end build: papers/s, seconds | %.1f | %.1f s | |%n", r.build().papers() / r.build().seconds(), r.build().seconds());
        out.printf("| build peak heap / RSS / anon RSS (MB) | %,d | %,d / %,d | |%n",
            r.build().memory().heapMb(), r.build().memory().rssMb(), r.build().memory().anonRssMb());
        out.printf("| lemma memo hit rate | %.0f%% | | |%n%n", 100 * r.lemmaMemoHitRate());
        out.println("| query | corpus | median ms | p95 ms |");
        out.println("|---|---|---:|---:|");
        for (QueryBench.Timing t : r.queries())
            out.printf("| %s | %s | %.1f | %.1f |%n", t.name(), t.corpus(), t.medianMs(), t.p95Ms());
        out.flush();
    }
}
