package org.papergraph.recognize;

/** How a paper relates to an entity; the names are the local names of the pg: properties. */
public enum Role {
    PROPOSES("proposes"), USES("uses"), ADDRESSES("addresses"), STUDIES("studies"), MENTIONS("mentions");

    private final String property;

    Role(String property) { this.property = property; }

    /** Local name of the ontology property. */
    public String property() { return property; }

    /** The stronger of two roles for one entity: proposing beats using, which beats a passing mention. */
    public static Role stronger(Role a, Role b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
