package org.papergraph.pipeline;

/** Receives progress while a build runs; called from the writing thread only. */
@FunctionalInterface
public interface Progress {
    /** Called every few hundred papers and once at the end. */
    void update(long papers, long mentions, long quads, long elapsedMillis);

    Progress NONE = (p, m, q, t) -> {};
}
