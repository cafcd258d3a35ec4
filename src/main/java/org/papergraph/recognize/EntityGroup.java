package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;

/** The candidates of one paper that name one entity: a vocabulary concept, or an acronym with its long form, or one canonical name. */
final class EntityGroup {
    final List<Candidate> candidates = new ArrayList<>();
    VocabularyConcept concept;
    String acronym;
}
