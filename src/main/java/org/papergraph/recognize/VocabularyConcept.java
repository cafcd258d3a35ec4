package org.papergraph.recognize;

import java.util.Set;

/** A concept of one of the SKOS vocabularies: a well-known method, dataset, task, metric or concept. */
public record VocabularyConcept(String iri, String slug, String prefLabel, Set<EntityType> types,
                                Set<String> altLabels, Set<String> broaderIris) {
    /** The entity this concept is in a paper that names it with the given surface form. */
    public Entity asEntity(String surface) {
        return new Entity(slug, prefLabel, types, surface.equals(prefLabel) ? Set.of() : Set.of(surface), true);
    }
}
