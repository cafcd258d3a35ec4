package org.papergraph.paper;

/** Where a record was read: a file (or resource name) and a 1-based line, so errors and provenance can point at it. */
public record SourceLocation(String file, long line) {
    @Override
    public String toString() { return file + ":" + line; }
}
