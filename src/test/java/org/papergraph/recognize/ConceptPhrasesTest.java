package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import org.junit.jupiter.api.Test;

/** Concepts named by their head word, pinned on corpus sentences. */
class ConceptPhrasesTest {
    @Test
    void aCollapseABiasOrAnImbalanceWithItsKindIsAStudiedPhenomenon() {
        // Corpus sentence (On the Importance of Feature Decorrelation ...): "collapses" is the verb of the second clause.
        LinkedPaper p = recognize("On the Importance of Feature Decorrelation for Unsupervised Representation Learning in Reinforcement Learning",
            "However, an important challenge of this approach is the representational collapse, where the subspace of the latent "
            + "representations collapses into a low-dimensional manifold.");
        EntityMention collapse = mention(p, "representational collapse");
        assertEquals(EntityType.CONCEPT, collapse.entity().primaryType());
        assertEquals(Role.STUDIES, collapse.role());
        assertNull(mention(p, "latent representations collapses"), p.mentions().toString());
        // Corpus sentence (Dynamic Residual Classifier for Class Incremental Learning).
        p = recognize("Dynamic Residual Classifier for Class Incremental Learning",
            "In this work, the dynamic nature of data imbalance in CIL is shown and a novel Dynamic Residual Classifier (DRC) is "
            + "proposed to handle this challenging scenario.");
        assertEquals(EntityType.CONCEPT, mention(p, "data imbalance").entity().primaryType());
    }

    @Test
    void aPossibleCollapseIsNoKindOfCollapse() {
        // Corpus sentence (Self-supervised learning of Split Invariant Equivariant representations).
        LinkedPaper p = recognize("Self-supervised learning of Split Invariant Equivariant representations",
            "We further introduce a predictor architecture based on hypernetworks to learn equivariant representations with no "
            + "possible collapse to invariance.");
        assertNull(mention(p, "possible collapse"), p.mentions().toString());
    }

    @Test
    void theImportanceOfAKindOfThingIsAConceptButParamountImportanceIsNone() {
        // Corpus sentences (Learn from Downstream and Be Yourself ...; Mechanistic Interpretation through Contextual Decomposition ...).
        LinkedPaper p = recognize("Learn from Downstream and Be Yourself in Multimodal Large Language Model Fine-Tuning",
            "To balance the trade-off between generalization and specialization, we propose measuring the parameter importance for both "
            + "pre-trained and fine-tuning distributions, based on frozen pre-trained weight magnitude and accumulated fine-tuning gradient values.");
        assertEquals(EntityType.CONCEPT, mention(p, "parameter importance").entity().primaryType());
        p = recognize("Mechanistic Interpretation through Contextual Decomposition in Transformers",
            "Interpreting machine learning models is of paramount importance to mitigate risks, and mechanistic interpretability is in "
            + "particular of current interest as it opens up a window for guiding manual modifications and reverse-engineering solutions.");
        assertNull(mention(p, "paramount importance"), p.mentions().toString());
    }

    @Test
    void capitalisedHeadsAreConceptsToo() {
        LinkedPaper p = Recognition.recognize("Does Time Have Its Place? Temporal Heads: Where Language Models Recall Time-specific Information",
            "We discover Temporal Heads, specific attention heads primarily responsible for processing temporal knowledge through circuit analysis.");
        org.junit.jupiter.api.Assertions.assertEquals(EntityType.CONCEPT, Recognition.found(p, "temporal head").entity().primaryType());
    }
}
