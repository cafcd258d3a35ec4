package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import org.junit.jupiter.api.Test;

/** Metrics pinned on corpus sentences: where a measure word names the measure, and where it is plain English. */
class MetricMentionsTest {
    @Test
    void aMomentOrAPriceIsNoMeasure() {
        // Corpus sentences (ProtoTEx, Moment Probing papers).
        LinkedPaper p = recognize("ProtoTEx: Explaining Model Decisions with Prototype Tensors",
            "At inference time, classification decisions are based on the distances between the input text and the prototype tensors.");
        assertNull(mention(p, "inference time"), p.mentions().toString());
        p = recognize("Tuning Pre-trained Model via Moment Probing",
            "Extensive experiments on ten benchmarks using various models show that our MP significantly outperforms LP and is "
            + "competitive with counterparts at less training cost, while our MP_{+} achieves state-of-the-art performance.");
        assertNull(mention(p, "training cost"), p.mentions().toString());
    }

    @Test
    void aReportedTimeIsAMeasure() {
        // Corpus sentence (CerberusDet).
        LinkedPaper p = recognize("CerberusDet: Unified Multi-Dataset Object Detection",
            "CerberusDet achieved state-of-the-art results with 36% less inference time.");
        EntityMention m = mention(p, "inference time");
        assertNotNull(m);
        assertTrue(m.entity().types().contains(EntityType.METRIC));
    }

    @Test
    void anAmountANumberFormatOrAKindOfMethodIsNoMeasure() {
        // Corpus sentences (retrieval-oriented masking, Cut Your Losses, CNN Features off-the-shelf papers).
        LinkedPaper p = recognize("Retrieval Oriented Masking Pre-training Language Model for Dense Passage Retrieval",
            "However, we found that the conventional random masking strategy tend to select a large number of tokens that have "
            + "limited effect on the passage retrieval task.");
        assertNull(mention(p, "number of tokens"), p.mentions().toString());
        // Corpus sentence (Parameter-Efficient Sparsity for Large Language Models Fine-Tuning).
        p = recognize("Parameter-Efficient Sparsity for Large Language Models Fine-Tuning",
            "With the dramatically increased number of parameters in language models, sparsity methods have received ever-increasing "
            + "research focus to compress and accelerate the models.");
        assertNull(mention(p, "number of parameters"), p.mentions().toString());
        p = recognize("Cut Your Losses in Large-Vocabulary Language Models",
            "To improve the throughput of CCE, we leverage the inherent sparsity of softmax and propose to skip elements of the gradient "
            + "computation that have a negligible (i.e., below numerical precision) contribution to the gradient.");
        assertNull(mention(p, "precision"), p.mentions().toString());
        assertNotNull(mention(p, "throughput"));
        p = recognize("CNN Features off-the-shelf: an Astounding Baseline for Recognition",
            "For instance retrieval it consistently outperforms low memory footprint methods except for sculptures dataset.");
        assertNull(mention(p, "memory footprint"), p.mentions().toString());
    }

    @Test
    void aCountThatIsReducedIsAMeasure() {
        // Corpus sentence (TIGER).
        LinkedPaper p = recognize("TIGER: Time-frequency Interleaved Gain Extraction and Reconstruction for Efficient Speech Separation",
            "On EchoSet and real-world data, TIGER significantly reduces the number of parameters by 94.3% and the MACs by 95.3% while "
            + "achieving performance surpassing state-of-the-art (SOTA) model TF-GridNet.");
        EntityMention m = mention(p, "number of parameters");
        assertNotNull(m);
        assertTrue(m.entity().types().contains(EntityType.METRIC));
    }

    @Test
    void theBareWordGivesWayToTheAccuracyAPaperReports() {
        // Corpus sentences (ResumeAtlas): "the accuracy" of the challenge sentence is the quality in general.
        LinkedPaper p = recognize("ResumeAtlas: Revisiting Resume Classification with Large-Scale Datasets and Large Language Models",
            "However, challenges such as small datasets, lack of standardized resume templates, and privacy concerns hinder the accuracy "
            + "and effectiveness of existing classification models. Our results demonstrate significant improvements over traditional "
            + "machine learning approaches, with our best model achieving a top-1 accuracy of 92\\% and a top-5 accuracy of 97.5\\%.");
        assertNull(mention(p, "accuracy"), p.mentions().toString());
        assertTrue(mention(p, "top-1 accuracy").entity().types().contains(EntityType.METRIC));
        assertNotNull(mention(p, "top-5 accuracy"));
        // Corpus sentence (SemEval-2017 Task 4 paper): plain accuracy is the measure where nothing qualifies it.
        p = recognize("SemEval-2017 Task 4: Sentiment Analysis in Twitter using BERT",
            "This model provides better accuracy, precision, recall, and f1 score than the Naive Bayes baseline model.");
        assertTrue(mention(p, "accuracy").entity().types().contains(EntityType.METRIC));
    }

    @Test
    void aCoinedScoreIsAMetricThoughTheProposalFindersCallItAMethod() {
        // Corpus sentences (modality bias and Gaussian adaptive attention papers).
        LinkedPaper p = recognize("Assessing Modality Bias in Video Question Answering Benchmarks with Multimodal Large Language Models",
            "In this work, we introduce the modality importance score (MIS) to identify such bias.");
        EntityMention mis = mention(p, "MIS");
        assertEquals(EntityType.METRIC, mis.entity().primaryType());
        assertEquals(Role.PROPOSES, mis.role());
        p = recognize("Gaussian Adaptive Attention is All You Need: Robust Contextual Representations Across Multiple Modalities",
            "Furthermore, we introduce the Importance Factor (IF), a new learning-based metric that enhances the explainability of "
            + "models trained with GAAM-based methods.");
        assertEquals(EntityType.METRIC, mention(p, "Importance Factor").entity().primaryType());
    }

    @Test
    void aLongFormKeepsItsHeadThroughStrayMarks() {
        // Corpus sentence (class separability paper): the source writes "Ratio~(FDR)".
        LinkedPaper p = recognize("An Unsupervised Method for Estimating Class Separability of Datasets with Application to LLMs Fine-Tuning",
            "Experiments demonstrate a clear correlation and consistency between the class separability estimated by the proposed method "
            + "with supervised metrics like Fisher Discriminant Ratio~(FDR) and cross-validation of a classifier, which both require labels.");
        assertEquals(EntityType.METRIC, mention(p, "FDR").entity().primaryType());
    }

    @Test
    void aMetricNamedWithItsDatasetIsTheDatasetAndTheMetric() {
        // Corpus sentence (Cross-token Modeling with Conditional Computation).
        LinkedPaper p = recognize("Cross-token Modeling with Conditional Computation",
            "Also, our models can outperform MLP-Mixer by 2.5\\% on ImageNet Top-1 accuracy with fewer parameters and computational cost.");
        assertEquals(EntityType.METRIC, mention(p, "top-1 accuracy").entity().primaryType());
        assertEquals(EntityType.DATASET, mention(p, "ImageNet").entity().primaryType());
    }

    @Test
    void aCompoundTheTokenizerCutAtItsHyphenIsStillNamed() {
        // Corpus sentences (Forward chi^2 divergence ... variational importance sampling; Importance Weighted Autoencoders):
        // the tokenizer gives "log" and "-likelihood", and the tagger takes "-likelihood" for punctuation.
        LinkedPaper p = recognize("Forward $\u03c7^2$ Divergence Based Variational Importance Sampling",
            "Maximizing the log-likelihood is a crucial aspect of learning latent variable models, and variational inference (VI) "
            + "stands as the commonly adopted method.");
        assertEquals(EntityType.METRIC, mention(p, "log-likelihood").entity().primaryType());
        p = recognize("Importance Weighted Autoencoders",
            "We show empirically that IWAEs learn richer latent space representations than VAEs, leading to improved test "
            + "log-likelihood on density estimation benchmarks.");
        assertEquals(EntityType.METRIC, mention(p, "test log-likelihood").entity().primaryType());
    }

    @Test
    void aMeasureBeforeAnAdverbTheTaggerCallsANounIsNamed() {
        // Corpus sentence (LAPP): the tagger reads "explicitly" as a noun.
        LinkedPaper p = recognize("LAPP: Layer Adaptive Progressive Pruning for Compressing CNNs from Scratch",
            "Most existing works introduce too many additional learnable parameters to assign different pruning rates across different "
            + "layers in CNN or cannot control the compression rate explicitly.");
        assertEquals(EntityType.METRIC, mention(p, "compression rate").entity().primaryType());
    }

    @Test
    void precisionAtTopKIsOneMeasure() {
        // Corpus sentence (SemRe-Rank).
        LinkedPaper p = recognize("SemRe-Rank: Improving Automatic Term Extraction By Incorporating Semantic Relatedness With Personalised PageRank",
            "Compared to an alternative approach built on the well-known TextRank algorithm, SemRe-Rank can potentially outperform by "
            + "up to 8 points in Precision at top K, or up to 17 points in F1.");
        EntityMention m = mention(p, "Precision at top K");
        assertEquals(Vocabulary.bundled().lookup("precision@k").slug(), m.entity().slug());
        assertNull(mention(p, "top-k accuracy"), p.mentions().toString());
    }

    @Test
    void bothSidesOfATradeOffAreMeasures() {
        // Corpus sentence (Gramian Attention Heads are Strong yet Efficient Vision Learners).
        LinkedPaper p = recognize("Gramian Attention Heads are Strong yet Efficient Vision Learners",
            "Our models eventually surpass state-of-the-art CNNs and ViTs regarding the accuracy-throughput trade-off on ImageNet-1K "
            + "and deliver remarkable performance across various downstream tasks.");
        assertEquals(EntityType.METRIC, mention(p, "accuracy").entity().primaryType());
        assertEquals(EntityType.METRIC, mention(p, "throughput").entity().primaryType());
    }

    @Test
    void measuresSharingTheirHeadInACoordinationAreEachNamed() {
        // Corpus sentences (Less is More: Fewer Interpretable Region ...; Quick and Robust Feature Selection ...).
        String sentence = "For correctly predicted samples, the proposed method improves the Deletion and Insertion scores with an average of 4.9% and 2.5% gain relative to HSIC-Attribution.";
        LinkedPaper p = recognize("Less is More: Fewer Interpretable Region via Submodular Subset Selection", sentence);
        EntityMention deletion = mention(p, "Deletion score");
        assertEquals(EntityType.METRIC, deletion.entity().primaryType());
        assertEquals(sentence.substring(deletion.evidence().start(), deletion.evidence().end()), deletion.evidence().exact());
        assertNotNull(mention(p, "Insertion score"));
        p = recognize("Quick and Robust Feature Selection: the Strength of Energy-efficient Sparse Training for Autoencoders",
            "When tested on several benchmark datasets, including five low-dimensional and three high-dimensional datasets, the proposed "
            + "method is able to achieve the best trade-off of classification and clustering accuracy, running time, and maximum memory "
            + "usage, among widely used approaches for feature selection.");
        assertEquals(EntityType.METRIC, mention(p, "classification accuracy").entity().primaryType());
        assertNotNull(mention(p, "clustering accuracy"));
        // Corpus sentence (Efficient Backpropagation with Variance-Controlled Adaptive Sampling): "trajectory" ends another phrase.
        p = recognize("Efficient Backpropagation with Variance-Controlled Adaptive Sampling",
            "On all the tasks, VCAS can preserve the original training loss trajectory and validation accuracy with an up to 73.87% "
            + "FLOPs reduction of BP and 49.58% FLOPs reduction of the whole training process.");
        assertNull(mention(p, "trajectory accuracy"), p.mentions().toString());
    }

    @Test
    void aMeasureBeforeValuesIsNamed() {
        // Corpus sentence (On Breast Cancer Detection ...).
        LinkedPaper p = recognize("On Breast Cancer Detection: An Application of Machine Learning Algorithms on the Wisconsin Diagnostic Dataset",
            "This paper presents a comparison of six machine learning (ML) algorithms: GRU-SVM (Agarap, 2017), Linear Regression, "
            + "Multilayer Perceptron (MLP), Nearest Neighbor (NN) search, Softmax Regression, and Support Vector Machine (SVM) on the "
            + "Wisconsin Diagnostic Breast Cancer (WDBC) dataset (Wolberg, Street, & Mangasarian, 1992) by measuring their classification "
            + "test accuracy and their sensitivity and specificity values.");
        assertTrue(mention(p, "specificity").entity().types().contains(EntityType.METRIC));
    }

    @Test
    void aGerundAfterWithoutActsOnTheMeasureItDoesNotQualifyIt() {
        // Corpus sentence (Is Complexity Required for Neural Network Pruning? ...).
        LinkedPaper p = recognize("Is Complexity Required for Neural Network Pruning? A Case Study on Global Magnitude Pruning",
            "Pruning neural networks has become popular in the last decade when it was shown that a large number of weights can be "
            + "safely removed from modern neural networks without compromising accuracy.");
        assertNull(mention(p, "compromising accuracy"), p.mentions().toString());
    }
}
