package org.papergraph.pipeline;

import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.papergraph.paper.Paper;

/** What one worker thread does to each paper; one instance per thread, so it may hold non-thread-safe tools. */
@FunctionalInterface
public interface PaperWork {
    /** One paper's output: its quads and counts for the report. */
    record Output(List<Quad> quads, int mentions, int results, int tokens) {}

    /** Processes one paper. */
    Output process(Paper paper);
}
