package org.papergraph.recognize;

import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Name candidates pinned on sentences: which tokens are names and which are parts of longer wording. */
class EntityNamesTest {
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

    @Test
    void sizedAndTunedVariantsOfAKnownModelAreTheirOwnModels() {
        // Corpus sentences (likelihood displacement and DeCRED papers).
        LinkedPaper p = recognize("Unintentional Unalignment",
            "Training on such samples can degrade safety (e.g., reducing the refusal rate of Llama-3-8B-Instruct from 74.4% to 33.4%).");
        assertNotNull(mention(p, "Llama-3-8B-Instruct"));
        assertNull(mention(p, "Llama 3"));
        p = recognize("Speech Recognition", "Our ASR systems obtained competitive WERs as compared to Whisper-medium.");
        EntityMention m = mention(p, "Whisper-medium");
        assertNotNull(m);
        assertEquals(Set.of(EntityType.METHOD), m.entity().types());
        // A compound that goes on past the sizes is not a variant.
        p = recognize("Vision", "We train a ViT-B-based detector.");
        assertNull(mention(p, "ViT-B"));
    }

    @Test
    void anAcronymOfADomainNotionIsAConcept() {
        // Corpus sentence (cosmology paper): the measured background is what the paper studies, not a technique.
        LinkedPaper p = recognize("Neural Networks for cosmological model selection",
            "We use Cosmic Microwave Background (CMB) data to select cosmological models.");
        assertEquals(Set.of(EntityType.CONCEPT), mention(p, "CMB").entity().types());
    }

    @Test
    void aKnownMethodNamedWithItsKindWordIsUsedWhateverTheTagger() {
        // The tagger calls "descent" an adjective here; the kind word after it says the label is a noun.
        LinkedPaper p = Recognition.recognize("A Mixture of h-1 Heads is Better than h Heads",
            "MAE is trained using a block coordinate descent algorithm that alternates between updating (1) the responsibilities of "
            + "the experts and (2) their parameters.");
        org.junit.jupiter.api.Assertions.assertEquals(EntityType.METHOD, Recognition.found(p, "block coordinate descent").entity().primaryType());
    }

    @Test
    void namesEndingASentenceAndNamesJoinedToAKnownOne() {
        // corpus sentences (TIGER, Dynamic Head): a sentence-final name, and a known name joined to more name
        LinkedPaper p = Recognition.recognize("TIGER: Time-frequency Interleaved Gain Extraction and Reconstruction for Efficient Speech Separation",
            "TIGER reduces the parameters by 94.3% while achieving performance surpassing state-of-the-art (SOTA) model TF-GridNet.");
        Recognition.found(p, "TF-GridNet");
        LinkedPaper q = Recognition.recognize("Dynamic Head: Unifying Object Detection Heads with Attentions",
            "With ResNeXt-101-DCN backbone, we further improve the performance to a new state-of-the-art 54.0 AP.");
        Recognition.found(q, "ResNeXt-101-DCN");
        Recognition.absent(q, "ResNeXt");
    }

    @Test
    void aDashRunInsideATokenSeparatesTwoWords() {
        LinkedPaper p = Recognition.recognize("A Benchmark for Interpretability Methods in Deep Neural Networks",
            "Only certain ensemble based approaches---VarGrad and SmoothGrad-Squared---outperform such a random assignment of importance.");
        Recognition.found(p, "VarGrad");
        Recognition.absent(p, "approaches---VarGrad");
    }

    @Test
    void aDatasetWordVouchesForADatasetNameInAnyCase() {
        LinkedPaper p = Recognition.recognize("Improving Automatic Speech Recognition with Decoder-Centric Regularisation in Encoder-Decoder Models",
            "We show an absolute reduction of 2.7 and 2.9 WERs on AMI and Gigaspeech datasets, respectively.");
        org.junit.jupiter.api.Assertions.assertEquals(EntityType.DATASET, Recognition.found(p, "GigaSpeech").entity().primaryType());
    }

    @Test
    void theNamesOfACitationAreItsAuthors() {
        // Corpus sentence (An Architecture Combining Convolutional Neural Network (CNN) and Support Vector Machine (SVM) ...).
        LinkedPaper p = Recognition.recognize("An Architecture Combining Convolutional Neural Network (CNN) and Support Vector Machine (SVM) for Image Classification",
            "Empirical data has shown that the CNN-SVM model was able to achieve a test accuracy of ~99.04% using the MNIST dataset "
            + "(LeCun, Cortes, and Burges, 2010).");
        Recognition.absent(p, "LeCun");
        Recognition.found(p, "MNIST");
    }

    @Test
    void anOrganisationsNameIsNoArtefact() {
        // Corpus sentence (Granite Embedding Models): IBM is the company whose tasks the models are tested on.
        LinkedPaper p = Recognition.recognize("Granite Embedding Models",
            "Extensive evaluations show that the models, developed with techniques like retrieval oriented pretraining, contrastive "
            + "finetuning, knowledge distillation, and model merging significantly outperform publicly available models of similar sizes "
            + "on both internal IBM retrieval and search tasks, and have equivalent performance on widely used information retrieval "
            + "benchmarks, while being trained on high-quality data suitable for enterprise use.");
        Recognition.absent(p, "IBM");
        Recognition.found(p, "knowledge distillation");
    }

    @Test
    void aSharedTaskOfAnEvaluationCampaignIsItsOwnBenchmark() {
        // Corpus title and sentence: the benchmark is the campaign's task, not the campaign.
        LinkedPaper title = Recognition.recognize(
            "SHROOM-INDElab at SemEval-2024 Task 6: Zero- and Few-Shot LLM-Based Classification for Hallucination Detection", "");
        assertTrue(Recognition.found(title, "SemEval-2024 Task 6").entity().types().contains(EntityType.DATASET));
        Recognition.absent(title, "SemEval-2024");
        LinkedPaper p = Recognition.recognize("Universal Source Separation with Weakly Labelled Data",
            "The USS system achieves an average signal-to-distortion ratio improvement (SDRi) of 5.57 dB over 527 sound classes of "
            + "AudioSet; 10.57 dB on the DCASE 2018 Task 2 dataset; 8.12 dB on the MUSDB18 dataset; an SDRi of 7.28 dB on the "
            + "Slakh2100 dataset; and an SSNR of 9.00 dB on the voicebank-demand dataset.");
        assertTrue(Recognition.found(p, "DCASE 2018 Task 2").entity().types().contains(EntityType.DATASET));
    }
}
