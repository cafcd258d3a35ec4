package org.papergraph.paper;

/** The parts of a paper's text that are analysed; offsets in evidence are relative to one section. */
public enum Section {
    TITLE("title"),
    ABSTRACT("abstract");

    private final String id;

    Section(String id) { this.id = id; }

    /** Short name used in IRIs and evidence. */
    public String id() { return id; }
}
