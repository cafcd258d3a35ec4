package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.papergraph.recognize.EntityKeys;

/** Ordinary words as labels would make the extractor tag plain prose. */
class StopWordLabelsTest {
    static final List<String> STOP_WORDS = List.of(
            "step", "mix", "base", "model", "models", "network", "layer", "data", "performance", "approach",
            "method", "framework", "results", "experiments", "task", "system", "algorithm", "architecture",
            "training", "learning", "dataset", "benchmark", "feature", "features", "image", "text", "video",
            "head", "heads", "loss", "score", "metric", "analysis", "baseline", "module",
            "representation", "prediction", "evaluation", "input", "output", "sample", "label", "token",
            "focus", "primer", "library", "all", "open", "overall", "binary", "is", "for", "far", "use",
            "kid", "chair", "record", "amass", "leaf", "road", "unknown", "recipe", "language model",
            "pretrained", "3D", "2D", "the", "a", "an", "in the wild", "opt", "align");

    @Test
    void noStopWordIsALabel() {
        Set<String> labels = GeneratedVocabularies.labelKeys();
        Set<String> found = new TreeSet<>();
        for (String w : STOP_WORDS) if (labels.contains(EntityKeys.key(w))) found.add(w);
        assertTrue(found.isEmpty(), () -> "ordinary words used as labels: " + found);
    }
}
