package org.papergraph.recognize;

import org.papergraph.paper.Section;

/**
 * A span of text that may name an entity, with what the finder that produced it believes.
 *
 * @param type     the type the finder believes, or null when it cannot tell
 * @param role     the role the finder's pattern implies, or null when it does not imply one
 * @param concept  the vocabulary concept it names, or null
 * @param rule     the finder and pattern that produced it, published as provenance
 */
record Candidate(Section section, int start, int end, String surface, EntityType type, Role role,
                 double confidence, VocabularyConcept concept, String rule) {

    Candidate withType(EntityType t) {
        return new Candidate(section, start, end, surface, t, role, confidence, concept, rule);
    }

    Candidate withRole(Role r, double conf, String why) {
        return new Candidate(section, start, end, surface, type, r, Math.max(confidence, conf), concept, rule + "+" + why);
    }

    boolean overlaps(Candidate o) {
        return section == o.section && start < o.end && o.start < end;
    }
}
