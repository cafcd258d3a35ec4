package org.papergraph.recognize;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Umbrella terms that nearly every machine-learning abstract uses as background framing ("machine
 * learning", "neural networks", "fine-tuning"). The annotation guideline makes them optional at best,
 * and most papers that say them do not study them, so a graph is more precise without them.
 */
final class BackgroundTerms {
    private BackgroundTerms() {}

    // Field knowledge: the broadest notions of the field, none a specific technique a paper would list.
    private static final Set<String> KEYS = Stream.of(
            "machine learning", "neural network", "pretraining", "pretrained model", "pretrained language model",
            "fine-tuning", "attention mechanism", "loss function", "ablation study", "generative model",
            "feature extraction", "model capacity", "backbone architecture", "optimization algorithm",
            "artificial intelligence", "training", "inference", "algorithm", "model architecture",
            // a standing, not a thing: "surpassing state-of-the-art (SOTA) model TF-GridNet"
            "state-of-the-art", "SOTA")
        .map(EntityKeys::key).collect(Collectors.toUnmodifiableSet());

    /** Whether a vocabulary concept is one of the umbrella terms. */
    static boolean isBackground(VocabularyConcept concept) {
        return concept != null && KEYS.contains(EntityKeys.key(concept.prefLabel()));
    }

    /** Whether a label, such as the long form a paper gives an acronym, is one of the umbrella terms. */
    static boolean isBackgroundLabel(String label) {
        return KEYS.contains(EntityKeys.key(label));
    }
}
