package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;

/** Name candidates pinned on sentences: which tokens are names and which are parts of longer wording. */
class EntityNamesTest {
    private static TextAnalyzer analyzer;
    private static PaperRecognizer recognizer;

    @BeforeAll
    static void setUp() {
        analyzer = NlpModels.get().newAnalyzer();
        recognizer = new PaperRecognizer(Vocabulary.bundled());
    }

    private static LinkedPaper recognize(String title, String abstractText) {
        return recognizer.recognize(analyzer.analyze(new Paper(title, abstractText, new SourceLocation("test", 1))));
    }

    private static EntityMention mention(LinkedPaper p, String label) {
        String key = EntityKeys.key(label);
        for (EntityMention m : p.mentions()) {
            if (EntityKeys.key(m.entity().label()).equals(key)) return m;
            for (String alt : m.entity().altLabels()) if (EntityKeys.key(alt).equals(key)) return m;
        }
        return null;
    }

    @Test
    void capitalsSpellingAnAcronymAreNoNames() {
        LinkedPaper p = recognize("CRAFT: Concept Recursive Activation FacTorization for Explainability",
            "We present a unified framework for interpreting predictions, SHAP (SHapley Additive exPlanations). "
            + "We propose a metric, the Safety Head ImPortant Score (Ships), to assess each head.");
        assertNull(mention(p, "FacTorization"));
        assertNull(mention(p, "SHapley"));
        assertNull(mention(p, "ImPortant"));
    }

    @Test
    void definedAcronymTakesItsTypeFromTheLongFormHead() {
        LinkedPaper p = recognize("Confidence Weighting for Domain Shift",
            "Source-free unsupervised domain adaptation (SFUDA) aims to adapt a model without source data. "
            + "Data of high dimension, low sample size (HDLSS) are common in genomics.");
        assertEquals(Set.of(EntityType.TASK), mention(p, "SFUDA").entity().types());
        assertEquals(Set.of(EntityType.CONCEPT), mention(p, "HDLSS").entity().types());
    }

    @Test
    void namesTheTokenizerSplitAreJoinedButCompoundsAboutNamesAreNot() {
        LinkedPaper p = recognize("Fast Sampling for Diffusion Models",
            "Our sampler is faster than the 25-step DPM-solver++ and the FOLD-R++ algorithm. "
            + "We compare PTSD and no-PTSD recordings with a CMR-like model.");
        assertNotNull(mention(p, "DPM-solver++"));
        assertNotNull(mention(p, "FOLD-R++"));
        assertNull(mention(p, "no-PTSD"));
        assertNull(mention(p, "CMR-like"));
    }
}
