package org.papergraph.recognize;

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
}
