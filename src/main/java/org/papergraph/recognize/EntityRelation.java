package org.papergraph.recognize;

/** A relation between two entities that the text or the vocabulary states, e.g. "ALoRA" variant of "LoRA". */
public record EntityRelation(Entity subject, Kind kind, Entity object) {
    public enum Kind {
        VARIANT_OF("variantOf"), EVALUATED_ON("evaluatedOn"), APPLIED_TO("appliedTo");

        private final String property;

        Kind(String property) { this.property = property; }

        /** Local name of the ontology property. */
        public String property() { return property; }
    }
}
