package org.papergraph.recognize;

import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Entity precision and typing pinned on sentences: idioms, modifiers, variants, listed datasets, names that are not artefacts. */
class EntityPrecisionTest {
    @Test
    void attentionInAnIdiomIsNotTheMechanism() {
        LinkedPaper p = recognize("Scalable Oversight for Language Models",
            "This problem has drawn increasing attention as language models have continually improved. "
            + "Little work pays attention to the linear probing module.");
        assertNull(mention(p, "attention"));
    }

    @Test
    void gerundClosingAKnownTechniqueIsStillItsName() {
        LinkedPaper p = recognize("Easy Training Data for Hard Tasks",
            "We use simple training methods like in-context learning, linear classifier heads, and QLoRA.");
        EntityMention icl = mention(p, "in-context learning");
        assertNotNull(icl);
        assertTrue(icl.entity().types().contains(EntityType.METHOD));
    }

    @Test
    void sizeSuffixMakesAModelVariantOfItsOwn() {
        LinkedPaper p = recognize("Explaining Model Decisions with Prototypes",
            "On a propaganda detection task, our model matches BART-large and compresses DeiT-S on ImageNet-1K.");
        EntityMention bart = mention(p, "BART-large");
        assertNotNull(bart);
        assertEquals("BART-large", bart.entity().label());
        assertTrue(bart.entity().types().contains(EntityType.METHOD));
        assertNotNull(mention(p, "DeiT-S"));
    }

    @Test
    void digitNamesSpelledWithoutHyphenAreTheKnownDataset() {
        LinkedPaper p = recognize("Cross-token Modeling", "Experiments on Cifar10 and Cifar100 show consistent gains.");
        EntityMention cifar = mention(p, "Cifar10");
        assertNotNull(cifar);
        assertTrue(cifar.entity().known());
        assertEquals(Vocabulary.bundled().lookup("CIFAR-10").slug(), cifar.entity().slug());
    }

    @Test
    void unknownNamesListedBeforeDatasetsAreDatasets() {
        LinkedPaper p = recognize("Table Structure Recognition",
            "Our method achieves state-of-the-art results on the PubTabNet and WTW datasets.");
        assertEquals(EntityType.DATASET, mention(p, "PubTabNet").entity().primaryType());
        assertEquals(EntityType.DATASET, mention(p, "WTW").entity().primaryType());
    }

    @Test
    void titleCaseCompoundsAndOrganisationsAreNotNames() {
        LinkedPaper p = recognize("A Multi-Dialect Benchmark for Spoof Detection",
            "Models released by OpenAI detect AI-generated speech in a Multi-Label setting.");
        assertNull(mention(p, "Multi-Dialect"));
        assertNull(mention(p, "OpenAI"));
        assertNull(mention(p, "AI-generated"));
    }

    @Test
    void aWordCutAtAHyphenIsNoName() {
        // Corpus title (SHROOM-INDElab): "Zero-" is half of "Zero-Shot", not the ZeRO optimizer.
        LinkedPaper p = Recognition.recognize("SHROOM-INDElab at SemEval-2024 Task 6: Zero- and Few-Shot LLM-Based Classification for Hallucination Detection",
            "We describe the team's entry for the SemEval-2024 Task 6 competition.");
        org.junit.jupiter.api.Assertions.assertTrue(p.mentions().stream().noneMatch(m -> m.entity().label().equals("ZeRO")), p.mentions().toString());
        p = Recognition.recognize("Video-Text Retrieval", "To address these problems we present a CLIP-based architecture that does not require any fine-tuning of the feature extractors.");
        org.junit.jupiter.api.Assertions.assertNotNull(Recognition.mention(p, "CLIP"));
    }

    @Test
    void countedAndBodilyHeadsAreNoKindsOfHead() {
        // Corpus titles and sentences (Sixteen Heads, h-1 Heads, DirectMHP papers); retrieval heads stay.
        LinkedPaper p = Recognition.recognize("Are Sixteen Heads Really Better than One?",
            "We find that a single head often suffices, of the layer.");
        org.junit.jupiter.api.Assertions.assertNull(Recognition.mention(p, "Sixteen Heads"));
        org.junit.jupiter.api.Assertions.assertNull(Recognition.mention(p, "single head"));
        p = Recognition.recognize("Head Pose Estimation", "Existing methods crop pre-detected frontal heads and human heads from images.");
        org.junit.jupiter.api.Assertions.assertTrue(p.mentions().stream().noneMatch(m -> m.entity().label().toLowerCase().contains("heads")), p.mentions().toString());
    }

    @Test
    void aTitleCaseModifierIsNoTaskMention() {
        // Corpus title (SpeedUpNet): "Text-to-Image" qualifies the diffusion models; the paper names no text-to-image task here.
        LinkedPaper p = Recognition.recognize("SpeedUpNet: A Plug-and-Play Hyper-Network for Accelerating Text-to-Image Diffusion Models",
            "We present a hyper-network that accelerates sampling.");
        org.junit.jupiter.api.Assertions.assertTrue(p.mentions().stream().noneMatch(m -> m.entity().label().equalsIgnoreCase("text-to-image")),
            p.mentions().toString());
    }
}
