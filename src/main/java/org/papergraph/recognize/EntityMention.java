package org.papergraph.recognize;

/** The paper's relation to one entity, with the evidence for it and how sure the extractor is. */
public record EntityMention(Entity entity, Role role, double confidence, Evidence evidence, String rule) {}
