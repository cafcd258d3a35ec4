package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;

/** Proposed artefacts pinned on real sentences: described artefacts count, generic phrases and action titles do not. */
class ProposalTest {
    private static TextAnalyzer analyzer;
    private static PaperRecognizer recognizer;

    @BeforeAll
    static void setUp() {
        analyzer = NlpModels.get().newAnalyzer();
        recognizer = new PaperRecognizer(Vocabulary.bundled());
    }

    private static List<String> proposed(String title, String abstractText) {
        LinkedPaper p = recognizer.recognize(analyzer.analyze(new Paper(title, abstractText, new SourceLocation("test", 1))));
        return p.mentions().stream().filter(m -> m.role() == Role.PROPOSES).map(m -> EntityKeys.key(m.entity().label())).toList();
    }

    @Test
    void describedArtefactWithTwoDescribingWordsIsProposed() {
        List<String> p = proposed("Dense attention for images",
            "To capture fine details, we propose a multi-scale selective attention module that weighs features of every scale.");
        // The grouping labels it without its kind word today ("multi-scale selective attention"); either form is the artefact.
        assertTrue(p.stream().anyMatch(k -> k.startsWith(EntityKeys.key("multi-scale selective attention"))), p.toString());
    }

    @Test
    void bareKindsAndSingleDescriptionsAreNotProposed() {
        assertTrue(proposed("On modules", "In this work we present a novel framework for image retrieval.").isEmpty());
        assertTrue(proposed("On modules", "We present a shared module for all tasks.").isEmpty());
    }

    @Test
    void titlesOpeningWithAnActionNameNothing() {
        List<String> p = proposed("Accelerating Transformers with Spectrum-Preserving Token Merging",
            "Increasing the throughput of the Transformer architecture is an important goal.");
        assertTrue(!p.contains(EntityKeys.key("Accelerating Transformers")), p.toString());
    }
}
