package org.papergraph.recognize;

/** The five kinds of entity a paper relates to; the names are the local names of the pg: classes. */
public enum EntityType {
    METHOD("Method"), DATASET("Dataset"), TASK("Task"), METRIC("Metric"), CONCEPT("Concept");

    private final String className;

    EntityType(String className) { this.className = className; }

    /** Local name of the ontology class. */
    public String className() { return className; }

    /** The type of an ontology class local name, or null. */
    public static EntityType ofClassName(String local) {
        for (EntityType t : values()) if (t.className.equals(local)) return t;
        return null;
    }
}
