package org.papergraph.recognize;

import java.util.Set;

/**
 * An entity as linked for one paper.
 *
 * @param slug       IRI path segment; the same entity has the same slug in every paper
 * @param label      the name used in this paper (or the vocabulary's preferred label)
 * @param types      its classes (usually one; a vocabulary may give two)
 * @param altLabels  other surface forms in this paper (acronym, long form, plural)
 * @param known      whether it comes from a vocabulary (its IRI is then described there)
 */
public record Entity(String slug, String label, Set<EntityType> types, Set<String> altLabels, boolean known) {
    public Entity {
        types = Set.copyOf(types);
        altLabels = Set.copyOf(altLabels);
    }

    /** The first type, for code that needs one. */
    public EntityType primaryType() {
        for (EntityType t : EntityType.values()) if (types.contains(t)) return t;
        return EntityType.CONCEPT;
    }
}
