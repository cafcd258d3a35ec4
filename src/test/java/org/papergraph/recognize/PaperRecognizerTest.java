package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;

/** Recognition pinned on real sentences: which entity, with which role and type. */
class PaperRecognizerTest {
    private static TextAnalyzer analyzer;
    private static PaperRecognizer recognizer;
    private static Paper segFace;

    @BeforeAll
    static void setUp() {
        analyzer = NlpModels.get().newAnalyzer();
        recognizer = new PaperRecognizer(Vocabulary.bundled());
        List<Paper> found = new ArrayList<>();
        PaperInputs.readBundled(p -> { if (p.title().startsWith("SegFace:")) found.add(p); });
        segFace = found.get(0);
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
    void segFaceIsProposedMethodEvaluatedOnCelebAMaskHq() {
        LinkedPaper p = recognizer.recognize(analyzer.analyze(segFace));
        EntityMention seg = mention(p, "SegFace");
        assertNotNull(seg);
        assertEquals(Role.PROPOSES, seg.role());
        assertTrue(seg.entity().types().contains(EntityType.METHOD));
        EntityMention celeb = mention(p, "CelebAMask-HQ");
        assertNotNull(celeb);
        assertTrue(celeb.entity().types().contains(EntityType.DATASET));
        assertTrue(p.results().stream().anyMatch(r -> r.valueText().equals("88.96")), "the mean F1 score on CelebAMask-HQ");
    }

    @Test
    void acronymAndLongFormAreOneEntity() {
        LinkedPaper p = recognize("Efficient Tuning of Large Models",
            "We fine-tune large language models with low-rank adaptation (LoRA). LoRA reduces the trainable parameters.");
        EntityMention lora = mention(p, "LoRA");
        assertNotNull(lora);
        assertEquals(lora, mention(p, "low-rank adaptation"));
    }

    @Test
    void qloraStaysDistinctFromLora() {
        LinkedPaper p = recognize("Quantised Adapters",
            "We compare QLoRA with low-rank adaptation (LoRA) on instruction tuning.");
        EntityMention qlora = mention(p, "QLoRA"), lora = mention(p, "LoRA");
        assertNotNull(qlora);
        assertNotNull(lora);
        assertNotEquals(qlora.entity().slug(), lora.entity().slug());
    }

    @Test
    void distinctivePhraseAfterWeProposeIsProposed() {
        LinkedPaper p = recognize("Few-shot Detection Revisited",
            "In this paper, we propose a decoupling classifier to alleviate the bias of missing labels.");
        EntityMention m = mention(p, "decoupling classifier");
        assertNotNull(m);
        assertEquals(Role.PROPOSES, m.role());
    }

    @Test
    void genericProposalIsNotAnEntity() {
        LinkedPaper p = recognize("Some Study", "We propose a novel framework for this problem.");
        assertTrue(p.mentions().stream().noneMatch(m -> m.role() == Role.PROPOSES));
    }

    @Test
    void commonWordLabelsMatchOnlyAsNouns() {
        LinkedPaper p = recognize("Adapting Models", "We use pre-trained encoders and study the complex trade-off between speed and memory.");
        assertTrue(p.mentions().stream().noneMatch(m -> m.entity().label().equals("ComplEx")), "complex is not ComplEx");
    }

    @Test
    void headsOfAKindAreStudiedConcepts() {
        LinkedPaper p = recognize("Retrieval Heads Explain Long-Context Factuality",
            "We find that a small set of retrieval heads is responsible for copying.");
        EntityMention m = mention(p, "retrieval head");
        assertNotNull(m);
        assertTrue(m.entity().types().contains(EntityType.CONCEPT));
    }
}
