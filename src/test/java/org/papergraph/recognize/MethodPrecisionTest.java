package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.recognize.Recognition.absent;
import static org.papergraph.recognize.Recognition.found;
import static org.papergraph.recognize.Recognition.recognize;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Methods pinned on corpus sentences: catalogue terms that are only words of another name or a modifier, and described methods. */
class MethodPrecisionTest {
    @Test
    void catalogueTermInsideADefinedNameIsAWordOfThatName() {
        LinkedPaper p = recognize("ATP-LLaVA: Adaptive Token Pruning for Large Vision Language Models",
            "Additionally, we develop a Spatial Augmented Pruning (SAP) strategy that prunes visual tokens with both "
            + "token redundancy and spatial modeling perspectives.");
        absent(p, "pruning");
        assertTrue(found(p, "SAP").entity().types().contains(EntityType.METHOD));
    }

    @Test
    void definedNameInTheTitleHidesItsWordsThereToo() {
        LinkedPaper p = recognize("Score Forgetting Distillation: A Swift, Data-Free Method for Machine Unlearning in Diffusion Models",
            "This paper introduces Score Forgetting Distillation (SFD), an innovative MU approach that promotes the forgetting "
            + "of undesirable information in diffusion models.");
        absent(p, "knowledge distillation");
        assertEquals(Role.PROPOSES, found(p, "SFD").role());
    }

    @Test
    void taskNarrowedByADefinedNameIsStillAddressed() {
        LinkedPaper p = recognize("Class-incremental Novel Class Discovery",
            "We study the new task of class-incremental Novel Class Discovery (class-iNCD), which refers to the problem of "
            + "discovering novel categories in an unlabelled data set.");
        EntityMention ncd = found(p, "novel class discovery");
        assertTrue(ncd.entity().types().contains(EntityType.TASK));
    }

    @Test
    void methodNamedOnlyAsTheHeadOfANarrowerKindIsNotTheCatalogueMethod() {
        LinkedPaper p = recognize("ArFake: A Multi-Dialect Benchmark and Baselines for Arabic Spoof-Speech Detection",
            "With the rise of generative text-to-speech models, distinguishing between real and synthetic speech has become challenging.");
        absent(p, "text-to-speech model");
        LinkedPaper title = recognize("What's in your Head? Emergent Behaviour in Multi-Task Transformer Models",
            "The primary paradigm for multi-task training in natural language processing is to represent the input with a shared "
            + "pre-trained language model, and add a small, thin network (head) per task.");
        absent(title, "Transformer");
    }

    @Test
    void judgingWordsAndNamesDoNotNarrow() {
        LinkedPaper p = recognize("HeadArtist: Text-conditioned 3D Head Generation with Self Score Distillation",
            "With a landmark-guided ControlNet serving as the generative prior, we come up with an efficient pipeline that optimizes "
            + "a parameterized 3D head model under the supervision of the prior distillation itself.");
        found(p, "ControlNet");
        LinkedPaper judged = recognize("Attention is All You Need? Good Embeddings with Statistics are enough",
            "In the recent past, there has been a similar shift away from traditional convolutional and recurrent neural networks "
            + "towards purely end-to-end Transformer architectures.");
        assertTrue(found(judged, "Transformer").entity().types().contains(EntityType.METHOD));
    }

    @Test
    void sizeOrVersionWrittenAsItsOwnWordNamesTheVariant() {
        LinkedPaper p = recognize("ResumeAtlas: Revisiting Resume Classification with Large-Scale Datasets and Large Language Models",
            "We curated a large-scale dataset of 13,389 resumes from diverse sources and employed Large Language Models (LLMs) "
            + "such as BERT and Gemma1.1 2B for classification.");
        assertTrue(found(p, "Gemma1.1 2B").entity().types().contains(EntityType.METHOD));
        absent(p, "Gemma1.1");
        LinkedPaper asr = recognize("Improving Automatic Speech Recognition with Decoder-Centric Regularisation in Encoder-Decoder Models",
            "We build strong ASR systems that obtained competitive WERs as compared to Whisper-medium and outperformed OWSM v3.");
        found(asr, "OWSM v3");
    }

    @Test
    void catalogueTermInsideAProposedTitleCaseNameIsAWordOfThatName() {
        LinkedPaper p = recognize("Hybrid Distillation: Connecting Masked Autoencoders with Contrastive Learners",
            "In order to better obtain both discrimination and diversity, we propose a simple but effective Hybrid Distillation "
            + "strategy, which utilizes both the supervised/CL teacher and the MIM teacher to jointly guide the student model.");
        absent(p, "knowledge distillation");
        assertEquals(Role.PROPOSES, found(p, "Hybrid Distillation").role());
    }

    @Test
    void labelGluedToTheWordBeforeIsTheTailOfAnotherCompound() {
        LinkedPaper p = recognize("Evaluating the Faithfulness of Importance Measures in NLP by Recursively Masking Allegedly Important Tokens and Retraining",
            "We evaluate 4 different importance measures on 8 different datasets, using both LSTM-attention models and RoBERTa models.");
        absent(p, "attention model");
        found(p, "RoBERTa");
    }

    @Test
    void activityAfterAWordOfMeansInTheTitleIsTheMethod() {
        LinkedPaper p = recognize("Less is More: Fewer Interpretable Region via Submodular Subset Selection",
            "Image attribution algorithms aim to identify important regions that are highly relevant to model decisions.");
        assertEquals(Set.of(EntityType.METHOD), found(p, "Submodular Subset Selection").entity().types());
    }

    @Test
    void umbrellaTermDefinedWithAnAcronymIsStillBackground() {
        LinkedPaper p = recognize("Linking In-context Learning in Transformers to Human Episodic Memory",
            "While many artificial intelligence (AI) models have a neuroscience counterpart, such connections are largely missing "
            + "in Transformer models and the self-attention mechanism.");
        absent(p, "AI");
        absent(p, "artificial intelligence");
    }

    @Test
    void titleActivityPutToUseForAnotherIsTheMethod() {
        LinkedPaper p = recognize("Prompt Tuned Embedding Classification for Multi-Label Industry Sector Allocation",
            "All limitations (a), (b), and (c) are addressed by replacing the PLM's language head with a classification head, "
            + "which is referred to as Prompt Tuned Embedding Classification (PTEC).");
        assertEquals(Set.of(EntityType.METHOD), found(p, "PTEC").entity().types());
    }

    @Test
    void capitalisedRunWithACompoundInTheTitleIsACoinedKind() {
        LinkedPaper p = recognize("Forgery-aware Adaptive Transformer for Generalizable Synthetic Image Detection",
            "In this paper, we study the problem of generalizable synthetic image detection, aiming to detect forgery images from "
            + "diverse generative methods, e.g., GANs and diffusion models.");
        absent(p, "Transformer");
    }

    @Test
    void componentNamedOnlyAsTheHeadOfANarrowerKindIsNotTheCatalogueComponent() {
        // Corpus sentence (Forgery-aware Adaptive Transformer ...): "a learnable linear layer" is a part of UniFD,
        // described in passing; the catalogue's linear layer is not a notion the paper works with.
        LinkedPaper p = recognize("Forgery-aware Adaptive Transformer for Generalizable Synthetic Image Detection",
            "Cutting-edge solutions start to explore the benefits of pre-trained models, and mainly follow the fixed paradigm "
            + "of solely training an attached classifier, e.g., combining frozen CLIP-ViT with a learnable linear layer in UniFD.");
        absent(p, "linear layer");
        assertTrue(found(p, "CLIP-ViT").entity().types().contains(EntityType.METHOD));
    }

    @Test
    void aTasksNamePlusAKindWordIsTheFamilyOfMethodsNotOneMethod() {
        LinkedPaper p = recognize("TAGLETS: A System for Automatic Semi-Supervised Learning with Auxiliary Data",
            "We compare TAGLETS with state-of-the-art transfer learning and semi-supervised learning methods on four image classification tasks.");
        absent(p, "semi-supervised learning method");
        assertTrue(found(p, "semi-supervised learning").entity().types().contains(EntityType.TASK));
        LinkedPaper echo = recognize("TIGER: Time-frequency Interleaved Gain Extraction and Reconstruction for Efficient Speech Separation",
            "Additionally, to more realistically evaluate the performance of speech separation models in complex acoustic environments, "
            + "we introduce a dataset called EchoSet.");
        absent(echo, "speech separation model");
    }

    @Test
    void compoundThatDescribesHowAMethodWorksDoesNotNarrowIt() {
        LinkedPaper p = recognize("Class-incremental Novel Class Discovery",
            "Inspired by rehearsal-based incremental learning methods, in this paper we propose a novel approach for class-iNCD which "
            + "prevents forgetting of past information about the base classes by jointly exploiting base class feature prototypes "
            + "and feature-level knowledge distillation.");
        assertTrue(found(p, "knowledge distillation").entity().types().contains(EntityType.METHOD));
        LinkedPaper title = recognize("Quick and Robust Feature Selection: the Strength of Energy-efficient Sparse Training for Autoencoders", "");
        assertTrue(found(title, "sparse training").entity().types().contains(EntityType.METHOD));
    }

    @Test
    void smallWordInATitleEndsTheCapitalisedRunSoNothingNarrowsTheName() {
        LinkedPaper p = recognize("Quick and Robust Feature Selection: the Strength of Energy-efficient Sparse Training for Autoencoders", "");
        assertTrue(found(p, "autoencoder").entity().types().contains(EntityType.METHOD));
    }

    @Test
    void catalogueTermInsideAnyProposedPhraseIsAWordOfThatPhrase() {
        LinkedPaper p = recognize("Class-incremental Novel Class Discovery",
            "We also propose a self-training clustering strategy that simultaneously clusters novel categories and trains a joint "
            + "classifier for both the base and novel classes.");
        assertEquals(Role.PROPOSES, found(p, "self-training clustering strategy").role());
        absent(p, "self-training");
        LinkedPaper adapter = recognize("Forgery-aware Adaptive Transformer for Generalizable Synthetic Image Detection",
            "First, motivated by the fact that both image and frequency analysis are essential for synthetic image detection, we "
            + "develop a forgery-aware adapter to adapt image features to discern and integrate local forgery traces within image "
            + "and frequency domains.");
        assertEquals(Role.PROPOSES, found(adapter, "forgery-aware adapter").role());
        absent(adapter, "adapter");
    }

    @Test
    void aCatalogueNameInCamelCaseThatThePaperProposesIsItsOwn() {
        // Corpus sentence (Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning): the catalogue lists the
        // method under the name this paper coined, so "we propose AdaLoRA" stays a proposal.
        LinkedPaper p = recognize("Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning",
            "To bridge this gap, we propose AdaLoRA, which adaptively allocates the parameter budget among weight matrices "
            + "according to their importance score.");
        assertEquals(Role.PROPOSES, found(p, "AdaLoRA").role());
        assertTrue(found(p, "AdaLoRA").entity().known());
    }
}
