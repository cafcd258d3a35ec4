package org.papergraph.vocabulary;

/** Where a concept's facts came from; decides the credit line of a scheme. */
public enum Source {
    /** The project's own tables of field knowledge. */
    CURATED,
    /** Derived from the Papers with Code catalogue (CC BY-SA 4.0). */
    PAPERS_WITH_CODE
}
