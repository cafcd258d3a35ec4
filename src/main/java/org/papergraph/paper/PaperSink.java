package org.papergraph.paper;

/**
 * Where readers push papers, one at a time, in the manner of Jena's StreamRDF:
 * {@code start()}, then any number of {@code paper(..)}, then {@code finish()}.
 */
public interface PaperSink {
    /** Called once before the first paper. */
    default void start() {}

    /** One paper. */
    void paper(Paper paper);

    /** Called once after the last paper. */
    default void finish() {}
}
