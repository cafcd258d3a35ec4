package org.papergraph.pipeline;

import org.papergraph.paper.PaperSink;

/** Something that pushes papers into a sink: the bundled corpus, input files, a generator. */
@FunctionalInterface
public interface PaperSource {
    /** Pushes every paper into the sink (without calling start/finish). */
    void readInto(PaperSink sink);
}
