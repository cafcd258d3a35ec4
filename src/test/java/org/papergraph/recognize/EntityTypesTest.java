package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.papergraph.recognize.Recognition.absent;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The types of names the vocabulary does not know, pinned on corpus sentences. */
class EntityTypesTest {
    @Test
    void anAcronymSpelledOutByATitlePhraseTakesThePhrasesKind() {
        // Corpus title and sentence (SemRe-Rank): "ATE" is never defined, but "Automatic Term Extraction" spells it
        // out, and an extraction is a task.
        LinkedPaper p = recognize("SemRe-Rank: Improving Automatic Term Extraction By Incorporating Semantic Relatedness With Personalised PageRank",
            "ATE remains a challenging task as it is known that there is no existing ATE methods that can consistently outperform "
            + "others in any domain.");
        assertEquals(Set.of(EntityType.TASK), mention(p, "ATE").entity().types());
    }

    @Test
    void aHyphenatedLongFormQualifyingANounIsAProperty() {
        // Corpus sentence (Self-Influence Guided Data Reweighting ...): "self-influence (SI) scores" measure a property
        // of samples; SI is not a technique, whatever the default for unknown names.
        LinkedPaper p = recognize("Self-Influence Guided Data Reweighting for Language Model Pre-training",
            "We fill this important gap and propose PRESENCE, a method for jointly reweighting samples by leveraging "
            + "self-influence (SI) scores as an indicator of sample importance and pre-training.");
        assertEquals(Set.of(EntityType.CONCEPT), mention(p, "SI").entity().types());
    }

    @Test
    void stateOfTheArtIsAStandingNotAnEntity() {
        // Corpus sentence (TIGER: Time-frequency Interleaved Gain Extraction ...).
        LinkedPaper p = recognize("TIGER: Time-frequency Interleaved Gain Extraction and Reconstruction for Efficient Speech Separation",
            "On EchoSet and real-world data, TIGER significantly reduces the number of parameters by 94.3% and the MACs by 95.3% "
            + "while achieving performance surpassing state-of-the-art (SOTA) model TF-GridNet.");
        absent(p, "SOTA");
        assertEquals(EntityType.METHOD, mention(p, "TF-GridNet").entity().primaryType());
    }

    @Test
    void theSpellingOutMayRunThroughACompound() {
        // Corpus sentence (Mythological Medical Machine Learning ...): "Post-Traumatic Stress Disorder, or PTSD" is no
        // definition the acronym finder reads, but the compound's parts spell PTSD, and a disorder is a domain notion.
        LinkedPaper p = recognize("Mythological Medical Machine Learning: Boosting the Performance of a Deep Learning Medical Data Classifier Using Realistic Physiological Models",
            "Objective: To determine if a realistic, but computationally efficient model of the electrocardiogram can be used to "
            + "pre-train a deep neural network (DNN) with a wide range of morphologies and abnormalities specific to a given "
            + "condition - T-wave Alternans (TWA) as a result of Post-Traumatic Stress Disorder, or PTSD - and significantly boost "
            + "performance on a small database of rare individuals.");
        assertEquals(Set.of(EntityType.CONCEPT), mention(p, "PTSD").entity().types());
    }

    @Test
    void whatAMethodIsBuiltOnIsATechniqueWhateverItsHead() {
        // Corpus sentence (Accelerating Transformers with Spectrum-Preserving Token Merging): "matching" heads tasks
        // elsewhere, but algorithms are based on a technique.
        LinkedPaper p = recognize("Accelerating Transformers with Spectrum-Preserving Token Merging",
            "Prior works have proposed algorithms based on Bipartite Soft Matching (BSM), which divides tokens into distinct "
            + "sets and merges the top k similar tokens.");
        assertEquals(Set.of(EntityType.METHOD), mention(p, "BSM").entity().types());
    }
}
