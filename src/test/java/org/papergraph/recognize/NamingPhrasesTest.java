package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names given in plain words, pinned on corpus sentences: the name is proposed, with the kind its phrase gives. */
class NamingPhrasesTest {

    private static EntityMention proposed(String title, String abstractText, String name) {
        LinkedPaper p = Recognition.recognize(title, abstractText);
        EntityMention m = Recognition.mention(p, name);
        assertNotNull(m, name + " not found in " + p.mentions());
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        return m;
    }

    @Test
    void capitalisedNameAfterAKindAndAComma() {
        proposed("Pooling And Attention: What Are Effective Designs For LLm-Based Embedding Models?",
            "Furthermore, we propose a new pooling strategy, Multi-Layers Trainable Pooling, which transforms the outputs of all hidden "
            + "layers, rather than just the last layer, using a cross-attention network.", "Multi-Layers Trainable Pooling");
    }

    @Test
    void capitalisedNameInAppositionWithItsKind() {
        proposed("Beyond Importance Scores: Interpreting Tabular ML by Visualizing Feature Semantics",
            "We address this limitation by introducing Feature Vectors, a new global interpretability method designed for tabular datasets.",
            "Feature Vectors");
    }

    @Test
    void singleCapitalisedWordAfterTheProposalVerb() {
        proposed("Towards Efficient Fine-tuning of Pre-trained Code Models: An Experimental Study and Beyond",
            "(3) Based on the above findings, we propose Telly to efficiently fine-tune pre-trained code models via layer freezing.", "Telly");
    }

    @Test
    void namedDatasetTakesTheKindBeforeTheNamingVerb() {
        EntityMention m = proposed("Self-supervised learning of Split Invariant Equivariant representations",
            "We start by introducing a dataset called 3DIEBench, consisting of renderings from 3D models over 55 classes.", "3DIEBench");
        assertEquals(EntityType.DATASET, m.entity().primaryType());
    }

    @Test
    void quotedAndDescribedNamesAfterANamingVerb() {
        proposed("A Holistic Approach to Unifying Automatic Concept Extraction and Concept Importance Estimation",
            "To illustrate these findings and to highlight the main strategies of a model, we introduce a visual representation called "
            + "the strategic cluster graph.", "strategic cluster graph");
        proposed("Language Semantics Interpretation with an Interaction-based Recurrent Neural Networks",
            "This paper proposes a novel influence score (I-score), a greedy search algorithm called Backward Dropping Algorithm (BDA), "
            + "and a novel feature engineering technique called the \"dagger technique\".", "dagger technique");
    }

    @Test
    void aProblemSomeoneElseNamedIsNotProposed() {
        LinkedPaper p = Recognition.recognize("The Unreasonable Effectiveness of Easy Training Data for Hard Tasks",
            "How can we train models to perform well on hard test data when hard training data is by definition difficult to label "
            + "correctly? This question has been termed the scalable oversight problem and has drawn increasing attention.");
        EntityMention m = Recognition.mention(p, "scalable oversight problem");
        assertNull(m == null || m.role() != Role.PROPOSES ? null : m, String.valueOf(m));
    }

    @Test
    void everyNameOfAListAfterTheKindAndNamesWithUnderscores() {
        String title = "Adaptive Sparse Allocation with Mutual Choice & Feature Choice Sparse Autoencoders";
        String text = "To address this limitation, we propose two novel SAE variants, Feature Choice SAEs and Mutual Choice SAEs, which each "
            + "allow for a variable number of active features per token. Additionally, we introduce a new auxiliary loss function, "
            + "aux_zipf_loss, which generalises the aux_k_loss to mitigate dead and underutilised features.";
        proposed(title, text, "Feature Choice SAE");
        proposed(title, text, "Mutual Choice SAE");
        proposed(title, text, "aux_zipf_loss");
    }

    @Test
    void namesRightAfterAKindWordInAProposalSentence() {
        String title = "Spread Love Not Hate: Undermining the Importance of Hateful Pre-training for Hate Speech Detection";
        String text = "We also release hateful BERT for the two languages and a gold hate speech evaluation benchmark HateEval-Hi and "
            + "HateEval-Mr consisting of manually labeled 2000 tweets each.";
        assertEquals(EntityType.DATASET, proposed(title, text, "HateEval-Hi").entity().primaryType());
        assertEquals(EntityType.DATASET, proposed(title, text, "HateEval-Mr").entity().primaryType());
    }

    @Test
    void anAcronymNamingAKindDescribedAtLength() {
        proposed("A Unified Approach to Interpreting Model Predictions",
            "To address this problem, we present a unified framework for interpreting predictions, SHAP (SHapley Additive exPlanations). "
            + "SHAP assigns each feature an importance value for a particular prediction.", "SHAP");
    }

    @Test
    void theItemsOfACountedKindInPlainWords() {
        String title = "Quantifying Attention Flow in Transformers";
        String text = "We propose two methods for approximating the attention to input tokens given attention weights, attention rollout "
            + "and attention flow, as post hoc methods when we use attention weights as the relative relevance of the input tokens.";
        proposed(title, text, "attention rollout");
        proposed(title, text, "attention flow");
    }

    @Test
    void aQuotedNewTermIsProposedAScareQuotedWordIsNot() {
        proposed("Bridging the Gap Between Vision Transformers and Convolutional Neural Networks on Small Datasets",
            "On channel aspect, we introduce a dynamic feature aggregation module in MLP and a brand new \"head token\" design in "
            + "multi-head self-attention module to help re-calibrate channel representation.", "head token");
        LinkedPaper p = Recognition.recognize("Score Forgetting Distillation: A Swift, Data-Free Method for Machine Unlearning in Diffusion Models",
            "We propose to forget \"unsafe\" classes or concepts by aligning the conditional scores of \"unsafe\" classes with those of \"safe\" ones.");
        assertNull(Recognition.mention(p, "unsafe"));
    }

    @Test
    void aBenchmarkSpelledAsOneIsADatasetEvenWhenProposed() {
        EntityMention m = proposed("Interfacing Foundation Models' Embeddings",
            "In light of the interleaved embedding space, we introduce the FIND-Bench, which introduces new training and evaluation "
            + "annotations to the COCO dataset for interleave segmentation and retrieval.", "FIND-Bench");
        assertEquals(EntityType.DATASET, m.entity().primaryType());
    }

    @Test
    void latexQuotesSplitIntoBackticksStillQuoteAName() {
        EntityMention m = proposed("Subclass-balancing Contrastive Learning for Long-tailed Recognition",
            "We overcome these drawbacks by a novel ``subclass-balancing contrastive learning (SBCL)'' approach that clusters each head "
            + "class into multiple subclasses of similar sizes as the tail classes.", "SBCL");
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
    }

    @Test
    void quotedWordsBeforeAKindNameIt() {
        EntityMention m = proposed("Don't be fooled: label leakage in explanation methods and the importance of their quantitative evaluation",
            "In contrast, we introduce \"distribution-aware\" methods, which favor explanations that keep the label's distribution close "
            + "to its distribution given all features of the input.", "distribution-aware");
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
    }

    @Test
    void plainWordsAfterANamingVerbClosedByPunctuation() {
        EntityMention m = proposed("Assessing Word Importance Using Models Trained for Semantic Tasks",
            "We evaluate their relevance using a so-called cross-task evaluation: Analyzing the performance of one model on an input "
            + "masked according to the other model's weight, we show that our method is robust.", "cross-task evaluation");
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
    }

    @Test
    void onePlainWordAfterANamingVerbClosedByPunctuation() {
        EntityMention m = proposed("Attention Lens: A Tool for Mechanistically Interpreting the Attention Head Information Retrieval Mechanism",
            "We propose Attention Lens, a tool that enables researchers to translate the outputs of attention heads into vocabulary tokens "
            + "via learned attention-head-specific transformations called lenses.", "lenses");
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        // "lenses" and the title's "Lens" are one entity
        assertEquals(EntityKeys.key("Lens"), EntityKeys.key(m.entity().label()), m.toString());
    }

    @Test
    void aQuotedTermThePaperRegardsSomethingAsIsItsConcept() {
        String sentence = "Specifically, we regard the local patches (e.g., 16times16) as \"visual sentences\" and present to further divide "
            + "them into smaller patches (e.g., 4times4) as \"visual words\".";
        EntityMention m = proposed("Transformer in Transformer", sentence, "visual sentences");
        assertEquals(EntityType.CONCEPT, m.entity().primaryType(), m.toString());
        proposed("Transformer in Transformer", sentence, "visual words");
    }

    @Test
    void aQuotedTermThePaperIdentifiesIsItsConcept() {
        EntityMention m = proposed("Regions of Reliability in the Evaluation of Multivariate Probabilistic Forecasts",
            "Through a power analysis, we identify the \"region of reliability\" of a scoring rule, i.e., the set of practical "
            + "conditions where it can be relied on to identify forecasting errors.", "region of reliability");
        assertEquals(EntityType.CONCEPT, m.entity().primaryType(), m.toString());
    }

    @Test
    void plainWordsWeReferToAsUpToAClauseAreTheNotionWeName() {
        // Closed by "because", not punctuation; a name repeating the head of what it renames ("training prototypes") is a Concept.
        EntityMention m = proposed("Learning Support and Trivial Prototypes for Interpretable Image Classification",
            "Prototypical part network (ProtoPNet) methods have been designed to achieve interpretable classification by associating "
            + "predictions with a set of training prototypes, which we refer to as trivial prototypes because they are trained to lie "
            + "far from the classification boundary in the feature space.", "trivial prototypes");
        assertEquals(EntityType.CONCEPT, m.entity().primaryType(), m.toString());
    }

    @Test
    void aNameOthersGaveIsNotProposed() {
        // "referred to as" without "we": the paper cites an existing hypothesis.
        LinkedPaper p = Recognition.recognize("Attentiveness to Answer Choices Doesn't Always Entail High QA Accuracy",
            "Such a spread across multiple surface forms with identical meaning is thought to cause an underestimation of a model's "
            + "true performance, referred to as the \"surface form competition\" (SFC) hypothesis.");
        EntityMention m = Recognition.mention(p, "surface form competition");
        assertTrue(m == null || m.role() != Role.PROPOSES, String.valueOf(m));
    }

    @Test
    void aNameReferredToAsInThisWorksSentenceIsProposedWithoutTheFullStop() {
        EntityMention m = proposed("ANDHRA Bandersnatch: Training Neural Networks to Predict Parallel Realities",
            "Inspired by the Many-Worlds Interpretation (MWI), this work introduces a novel neural network architecture that splits "
            + "the same input signal into parallel branches at each layer, utilizing a Hyper Rectified Activation, referred to as ANDHRA.",
            "ANDHRA");
        assertEquals("ANDHRA", m.entity().label(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
    }
}
