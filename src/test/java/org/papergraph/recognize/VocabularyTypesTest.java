package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The types the bundled vocabulary gives, pinned on corpus sentences. */
class VocabularyTypesTest {
    @Test
    void aMethodCategoryNamedLikeATaskLeavesTheTaskATask() {
        // Corpus sentence (Enhancing Visual Continual Learning ...): Papers with Code files methods under a
        // "Continual Learning" category; the category groups methods, continual learning stays a task.
        LinkedPaper p = recognize("Enhancing Visual Continual Learning with Language-Guided Supervision",
            "Continual learning (CL) aims to empower models to learn new tasks without forgetting previously acquired knowledge.");
        assertEquals(Set.of(EntityType.TASK), mention(p, "continual learning").entity().types());
        // Corpus title (DeFTAN-II): a task only, so the title's narrower wording is the task addressed.
        p = recognize("DeFTAN-II: Efficient Multichannel Speech Enhancement with Subgroup Processing",
            "In this work, we present DeFTAN-II, an efficient multichannel speech enhancement model based on transformer architecture "
            + "and subgroup processing.");
        assertEquals(EntityType.TASK, mention(p, "multichannel speech enhancement").entity().primaryType());
    }

    @Test
    void interpretabilityIsTheTaskOfMakingModelsUnderstood() {
        // Corpus sentence (Not Just a Black Box: Learning Important Features Through Propagating Activation Differences).
        LinkedPaper p = recognize("Not Just a Black Box: Learning Important Features Through Propagating Activation Differences",
            "The purported \"black box\" nature of neural networks is a barrier to adoption in applications where interpretability is essential.");
        EntityMention m = mention(p, "interpretability");
        assertEquals(EntityType.TASK, m.entity().primaryType());
        assertEquals(Vocabulary.bundled().lookup("model interpretability").slug(), m.entity().slug());
    }

    @Test
    void aMethodCategoryThatTheTasksFileListsIsATask() {
        // Corpus sentence (Universal Source Separation with Weakly Labelled Data): "Music Source Separation" is a
        // Papers with Code method category and a task of its tasks file, which is read after the methods.
        LinkedPaper p = recognize("Universal Source Separation with Weakly Labelled Data",
            "By solely leveraging the weakly labelled AudioSet, our USS system is successful in separating a wide variety of sound "
            + "classes, including sound event separation, music source separation, and speech enhancement.");
        assertEquals(Set.of(EntityType.TASK), mention(p, "music source separation").entity().types());
        assertEquals(Set.of(EntityType.TASK), Vocabulary.bundled().lookup("sentence embedding").types());
    }

    @Test
    void theCuratedTableDecidesTheTypeOfWhatItLists() {
        // Corpus sentence (ALP: Data Augmentation using Lexicalized PCFGs ...): Papers with Code also files "data
        // augmentation" under its tasks; the curated table lists it as a method, and that is the type.
        LinkedPaper p = recognize("ALP: Data Augmentation using Lexicalized PCFGs for Few-Shot Text Classification",
            "Prior data augmentation methods for few-shot text classification have led to great performance boosts.");
        assertEquals(Set.of(EntityType.METHOD), mention(p, "data augmentation").entity().types());
        // Corpus sentence (Beyond Size: How Gradients Shape Pruning Decisions ...): the curated row gives pruning
        // both kinds, so both stay; model compression is listed as a task, the problem pruning serves.
        p = recognize("Beyond Size: How Gradients Shape Pruning Decisions in Large Language Models",
            "Large Language Models (LLMs) with a billion or more parameters are prime targets for network pruning, which aims "
            + "to reduce a portion of the network weights without compromising performance.");
        assertEquals(Set.of(EntityType.METHOD, EntityType.TASK), mention(p, "network pruning").entity().types());
        assertEquals(Set.of(EntityType.METHOD), mention(p, "LLMs").entity().types());
        assertEquals(Set.of(EntityType.TASK), Vocabulary.bundled().lookup("model compression").types());
    }

    @Test
    void aLearningProblemIsATaskAndAModelPartAConcept() {
        // Corpus sentence (Categorical Representation Learning ...): representation learning is the problem studied,
        // not a technique; the curated row lists it among the tasks only.
        LinkedPaper p = recognize("Categorical Representation Learning: Morphism is All You Need",
            "The central theme in representation learning is the idea of everything to vector.");
        assertEquals(Set.of(EntityType.TASK), mention(p, "representation learning").entity().types());
        // Corpus sentence (Scissorhands ...): a cache of the attention keys and values is a part of the model.
        p = recognize("Scissorhands: Exploiting the Persistence of Importance Hypothesis for LLM KV Cache Compression at Test Time",
            "The enormous size of the KV cache puts constraints on the inference batch size, which is crucial for high "
            + "throughput inference workload.");
        assertEquals(Set.of(EntityType.CONCEPT), mention(p, "KV cache").entity().types());
    }

    @Test
    void aPseudoLabelIsTheLabelAndPseudoLabelingTheTechnique() {
        // Corpus sentence (Self-Training: A Survey): the labels assigned are a notion the technique relies on.
        LinkedPaper p = recognize("Self-Training: A Survey",
            "The working principle of self-training algorithms is to learn a classifier iteratively by assigning pseudo-labels "
            + "to the set of unlabeled training samples with a margin greater than a certain threshold.");
        assertEquals(Set.of(EntityType.CONCEPT), mention(p, "pseudo-label").entity().types());
        assertEquals(Set.of(EntityType.METHOD), Vocabulary.bundled().lookup("pseudo-labeling").types());
    }
}
