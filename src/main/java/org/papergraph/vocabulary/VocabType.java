package org.papergraph.vocabulary;

import org.apache.jena.rdf.model.Resource;
import org.papergraph.rdf.PG;

/** The five concept schemes, each tied to its pg class, its curated table and its output file. */
public enum VocabType {
    METHOD("methods", PG.Method, "Methods"),
    DATASET("datasets", PG.Dataset, "Datasets"),
    TASK("tasks", PG.Task, "Tasks"),
    METRIC("metrics", PG.Metric, "Metrics"),
    CONCEPT("concepts", PG.Concept, "Concepts");

    /** Namespace of the concept schemes. */
    public static final String SCHEME_NS = "https://w3id.org/papergraph/vocabulary/";

    private final String scheme;
    private final Resource pgClass;
    private final String title;

    VocabType(String scheme, Resource pgClass, String title) {
        this.scheme = scheme;
        this.pgClass = pgClass;
        this.title = title;
    }

    /** The scheme's local name, also the base name of its files ("methods"). */
    public String scheme() { return scheme; }

    /** The IRI of the scheme, {@code pgv:methods}. */
    public String schemeIri() { return SCHEME_NS + scheme; }

    /** The pg class every concept of this type carries. */
    public Resource pgClass() { return pgClass; }

    /** A human title for the scheme. */
    public String title() { return "papergraph vocabulary of " + title.toLowerCase(java.util.Locale.ROOT); }

    /** The type named by a pg class local name ("Method"), case-insensitive. */
    public static VocabType ofClassName(String name) {
        for (VocabType t : values()) {
            if (t.pgClass.getLocalName().equalsIgnoreCase(name.strip())) return t;
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
