package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;

/** Reported results pinned on real abstract sentences: which number, measure, dataset and method, and which numbers are not results. */
class ResultFinderTest {
    private static TextAnalyzer analyzer;
    private static PaperRecognizer recognizer;

    @BeforeAll
    static void setUp() {
        analyzer = NlpModels.get().newAnalyzer();
        recognizer = new PaperRecognizer(Vocabulary.bundled());
    }

    private static List<ReportedResult> results(String title, String abstractText) {
        return recognizer.recognize(analyzer.analyze(new Paper(title, abstractText, new SourceLocation("test", 1)))).results();
    }

    private static ReportedResult value(List<ReportedResult> rs, String value) {
        return rs.stream().filter(r -> r.valueText().equals(value)).findFirst().orElse(null);
    }

    private static boolean metricContains(ReportedResult r, String word) {
        return EntityKeys.key(r.metric().label()).contains(EntityKeys.key(word));
    }

    @Test
    void coordinatedNumbersKeepTheMeasureAndTakeTheirOwnDataset() {
        List<ReportedResult> rs = results("SegFace: Face Segmentation of Long-Tail Classes",
            "We conduct extensive experiments demonstrating that SegFace significantly outperforms previous state-of-the-art models, "
            + "achieving a mean F1 score of 88.96 (+2.82) on the CelebAMask-HQ dataset and 93.03 (+0.65) on the LaPa dataset.");
        ReportedResult first = value(rs, "88.96"), second = value(rs, "93.03");
        assertNotNull(first);
        assertNotNull(second);
        assertTrue(metricContains(first, "F1"));
        assertEquals(first.metric(), second.metric());
        assertEquals("CelebAMask-HQ", first.dataset().label());
        assertEquals(new BigDecimal("88.96"), first.value());
        assertEquals("SegFace", first.method().label());
        assertNull(value(rs, "2.82"), "a gain in brackets is not a result");
        assertTrue(first.confidence() > 0 && first.confidence() <= 1);
        assertEquals("88.96", first.evidence().exact());
    }

    @Test
    void percentAfterNumberAndMeasureAfterIt() {
        List<ReportedResult> rs = results("SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers",
            "For example, SegFormer-B4 achieves 50.3% mIoU on ADE20K with 64M parameters, being 5x smaller and 2.2% better than the previous best method.");
        ReportedResult r = value(rs, "50.3");
        assertNotNull(r);
        assertEquals(new BigDecimal("50.3"), r.value());
        assertEquals("ADE20K", r.dataset().label());
        assertEquals(1, rs.size(), "model size, '5x smaller' and '2.2% better' are not results");
    }

    @Test
    void costReductionsAreOutcomes() {
        List<ReportedResult> rs = results("Beyond Attentive Tokens",
            "On DeiT-S, our method reduces the FLOPs by 35% with only a 0.2% accuracy drop.");
        ReportedResult flops = value(rs, "35"), drop = value(rs, "0.2");
        assertNotNull(flops);
        assertEquals("FLOPs reduction", flops.metric().label());
        assertNotNull(drop);
        assertTrue(metricContains(drop, "accuracy drop"));
    }

    @Test
    void levelReachedAfterAChangeVerb() {
        List<ReportedResult> rs = results("Characterizing Mechanisms for Factual Recall in Language Models",
            "This method can increase the rate of generating the in-context answer to 88\\% of the time simply by scaling a single head at runtime.");
        ReportedResult r = value(rs, "88");
        assertNotNull(r);
        assertTrue(metricContains(r, "rate of generating the in-context answer"));
    }

    @Test
    void definedMetricAcronymBecomesTheMetric() {
        List<ReportedResult> rs = results("Universal Source Separation with Weakly Labelled Data",
            "The USS system achieves an average signal-to-distortion ratio improvement (SDRi) of 5.57 dB over 527 sound classes of AudioSet.");
        ReportedResult r = value(rs, "5.57");
        assertNotNull(r);
        assertEquals("SDRi", r.metric().label());
    }

    @Test
    void respectivelyPairsNumbersWithDatasetsInOrder() {
        List<ReportedResult> rs = results("Hebbian Deep Learning Without Feedback",
            "With up to five hidden layers and an added linear classifier, accuracies on MNIST, CIFAR-10, STL-10, and ImageNet, "
            + "respectively reach 99.4%, 80.3%, 76.2%, and 27.3%.");
        assertEquals("MNIST", value(rs, "99.4").dataset().label());
        assertEquals("ImageNet", value(rs, "27.3").dataset().label());
        assertTrue(metricContains(value(rs, "80.3"), "accuracy"));
    }

    @Test
    void gainsThresholdsAndRangesAreNotResults() {
        assertTrue(results("T", "Our method improves accuracy by 2.3% over the baseline.").isEmpty());
        assertTrue(results("T", "Results show that all the presented ML algorithms performed well (all exceeded 90% test accuracy) on the classification task.").isEmpty());
        assertTrue(results("T", "The best state-of-the-art methods on WinoGrande achieve 59.4-79.1% accuracy.").isEmpty());
        assertNull(value(results("LAPP", "55.6% of FLOPs of ResNet-18 are reduced with 0.21% top-1 accuracy increase on ImageNet."), "0.21"));
    }

    @Test
    void barePercentagesOnNamedDatasetsReadAsAccuracy() {
        List<ReportedResult> rs = results("Bridging the Gap Between Vision Transformers and Convolutional Neural Networks on Small Datasets",
            "With this design, we successfully eliminate the performance gap between CNNs and ViTs, and our DHVT achieves a series of "
            + "state-of-the-art performance with a lightweight model, 85.68% on CIFAR-100 with 22.8M parameters, 82.3% on ImageNet-1K with 24.0M parameters.");
        ReportedResult cifar = value(rs, "85.68"), imagenet = value(rs, "82.3");
        assertNotNull(cifar);
        assertNotNull(imagenet);
        assertTrue(metricContains(cifar, "accuracy"));
        assertEquals("CIFAR-100", cifar.dataset().label());
        assertEquals("ImageNet-1K", imagenet.dataset().label());
        assertNull(value(rs, "22.8"), "a model size is not an outcome");
    }

    @Test
    void bracketedBenchmarkListGivesEachBenchmarkItsPercentage() {
        List<ReportedResult> rs = results("WinoGrande: An Adversarial Winograd Schema Challenge at Scale",
            "Furthermore, we establish new state-of-the-art results on five related benchmarks - WSC (90.1%), DPR (93.1%), COPA (90.6%), "
            + "KnowRef (85.6%), and Winogender (97.1%).");
        assertEquals(5, rs.size());
        assertEquals("DPR", value(rs, "93.1").dataset().label());
        // linked to the vocabulary's dataset, whose preferred spelling is "WinoGender"
        assertEquals("winogender", value(rs, "97.1").dataset().label().toLowerCase(java.util.Locale.ROOT));
        assertTrue(rs.stream().allMatch(r -> metricContains(r, "accuracy")));
    }

    @Test
    void knownMetricWiderThanTheTaggedPhrase() {
        List<ReportedResult> rs = results("Transformer in Transformer",
            "Experiments on several benchmarks demonstrate the effectiveness of the proposed TNT architecture, e.g., we achieve an 81.5% top-1 "
            + "accuracy on the ImageNet, which is about 1.7% higher than that of the state-of-the-art visual transformer with similar computational cost.");
        ReportedResult r = value(rs, "81.5");
        assertNotNull(r);
        assertTrue(metricContains(r, "top-1 accuracy"));
        assertEquals("ImageNet", r.dataset().label());
        assertNull(value(rs, "1.7"));
    }

    @Test
    void gainsToleranceAndCountsAreNotResults() {
        assertTrue(results("A Mixture of h-1 Heads is Better than h Heads",
            "Particularly, on the WMT14 English to German translation dataset, MAE improves over \"transformer-base\" by 0.8 BLEU, "
            + "with a comparable number of parameters.").isEmpty());
        assertTrue(results("CompoundPiece: Evaluating and Improving Decompounding Performance of Language Models",
            "Our self-supervised models outperform the prior best unsupervised decompounding models by 13.9% accuracy on average.").isEmpty());
        assertTrue(results("[Re] Don't Judge an Object by Its Context: Learning to Overcome Contextual Bias",
            "For the proposed CAM-based method, we were able to reproduce the original paper's results to within 0.5% mAP.").isEmpty());
        assertTrue(results("Revisit Parameter-Efficient Transfer Learning: A Two-Stage Paradigm",
            "Overall, we present a promising new direction for PETL, and the proposed paradigm achieves state-of-the-art performance "
            + "on the average accuracy of 19 downstream tasks.").isEmpty());
        assertTrue(results("Improving Automatic Speech Recognition with Decoder-Centric Regularisation in Encoder-Decoder Models",
            "On top of such a strong baseline, we show that DeCRED can further improve the results and, moreover, generalise much better to "
            + "out-of-domain scenarios, where we show an absolute reduction of 2.7 and 2.9 WERs on AMI and Gigaspeech datasets, respectively.").isEmpty());
    }

    @Test
    void aCutAfterAGainIsStillAResult() {
        List<ReportedResult> rs = results("Beyond Attentive Tokens: Incorporating Token Importance and Diversity for Efficient Vision Transformers",
            "Notably, benefiting from maintaining the token diversity, our method can even improve the accuracy of DeiT-T by 0.1% after reducing its FLOPs by 40%.");
        assertNull(value(rs, "0.1"));
        assertNotNull(value(rs, "40"));
        assertTrue(metricContains(value(rs, "40"), "FLOPs reduction"));
    }

    @Test
    void unknownNameBeforeTheWordDatasetIsTheDataset() {
        List<ReportedResult> rs = results("Universal Source Separation with Weakly Labelled Data",
            "The USS system achieves an SDRi of 7.28 dB on the Slakh2100 dataset; and an SSNR of 9.00 dB on the voicebank-demand dataset.");
        ReportedResult r = value(rs, "9.00");
        assertNotNull(r);
        assertEquals("voicebank-demand", r.dataset().label());
        assertTrue(r.dataset().types().contains(EntityType.DATASET));
    }

    @Test
    void reductionOfAnOfPhraseAlsoNamedByItsHeadWords() {
        List<ReportedResult> rs = results("Scissorhands: Exploiting the Persistence of Importance Hypothesis for LLM KV Cache Compression at Test Time",
            "We validate that Scissorhands reduces the inference memory usage of the KV cache by up to 5X without compromising model quality.");
        ReportedResult r = value(rs, "5");
        assertNotNull(r);
        assertTrue(r.metric().altLabels().contains("memory usage reduction"));
    }

    @Test
    void priorWorkNumbersAreNotThePapersResults() {
        assertTrue(results("WinoGrande: An Adversarial Winograd Schema Challenge at Scale",
            "However, recent advances in neural language models have already reached around 90% accuracy on variants of WSC.").isEmpty());
    }
}
