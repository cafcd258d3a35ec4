package org.papergraph.pipeline;

/** Figures of one build: distinct papers, entity statements, results, tokens analysed, quads written, duration. */
public record BuildReport(long papers, long duplicates, long mentions, long results, long tokens, long quads, long millis) {
    /** Papers per second over the whole run. */
    public double papersPerSecond() { return millis == 0 ? 0 : papers * 1000.0 / millis; }
}
