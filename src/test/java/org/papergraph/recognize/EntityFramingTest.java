package org.papergraph.recognize;

import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Background framing left out, unknown names typed by their lists, defined acronyms linked by their long form. */
class EntityFramingTest {
    @Test
    void umbrellaTermsAreBackgroundNotEntities() {
        LinkedPaper p = recognize("Sparse Probing of Vision Transformers",
            "Machine learning models built on neural networks are widely deployed after pretraining and fine-tuning. "
            + "We probe vision transformers with knowledge distillation.");
        assertNull(mention(p, "machine learning"));
        assertNull(mention(p, "neural network"));
        assertNull(mention(p, "fine-tuning"));
        assertNotNull(mention(p, "knowledge distillation"));
    }

    @Test
    void namesListedAfterADatasetNounAreDatasets() {
        LinkedPaper p = recognize("Speech Markers of Parkinson's Disease",
            "Our solution is assessed against two distinct datasets, EWA-DB, and PC-GITA, which cover Slovak and Spanish. "
            + "Experiments on two human datasets, SynBody (synthetic) and TightCap (real-world), validate the model.");
        for (String name : new String[] {"PC-GITA", "TightCap", "SynBody"}) {
            EntityMention m = mention(p, name);
            assertNotNull(m, name);
            assertTrue(m.entity().types().contains(EntityType.DATASET), name + " " + m.entity().types());
        }
    }

    @Test
    void namesInAColonListOfDatasetsAreDatasets() {
        LinkedPaper p = recognize("Fusional Keyword Extraction",
            "For evaluating the method, seven datasets were used: Inspec, fao30, Thesis100, and Wikinews.");
        EntityMention m = mention(p, "Thesis100");
        assertNotNull(m);
        assertTrue(m.entity().types().contains(EntityType.DATASET), m.entity().types().toString());
    }

    @Test
    void aPaperDefinedAcronymFollowsItsLongForm() {
        LinkedPaper p = recognize("Readable Summaries for Everyone",
            "The task of Text Simplification (TS) may remedy this situation. We show that TS models overfit.");
        EntityMention ts = mention(p, "TS");
        assertNotNull(ts);
        assertTrue(ts.entity().slug().equals("text-simplification"), ts.entity().slug());
    }

    @Test
    void aPieceOfAHyphenatedNameIsNoNameOfItsOwn() {
        LinkedPaper p = recognize("Pruning Large Language Models with Gradients",
            "Experiments on LLaMA-2 show that GBLM-Pruner surpasses magnitude pruning and Wanda.");
        assertNull(mention(p, "GBLM"));
    }

    @Test
    void countedHeadsAreNoKindOfHead() {
        LinkedPaper p = recognize("Pruning Attention Heads",
            "We propose a learning algorithm for heads. "
            + "Then, these two individual heads address noisy samples.");
        assertNull(mention(p, "individual heads"));
    }

    @Test
    void aProposedNameTakesTheKindOfItsApposition() {
        // Corpus sentences (APPS, WinoGrande, VGGHeads papers): the name is a dataset because the apposition says so.
        LinkedPaper apps = recognize("Measuring Coding Challenge Competence With APPS",
            "To meet this challenge, we introduce APPS, a benchmark for code generation.");
        assertTrue(mention(apps, "APPS").entity().types().contains(EntityType.DATASET), mention(apps, "APPS").toString());
        LinkedPaper heads = recognize("Heads in Synthetic Images",
            "Here, we introduce VGGHeads -- a large scale synthetic dataset generated with diffusion models for human head detection.");
        EntityMention m = mention(heads, "VGGHeads");
        assertEquals(Role.PROPOSES, m.role());
        assertTrue(m.entity().types().contains(EntityType.DATASET), m.toString());
        // Without such an apposition a proposed name stays a method.
        LinkedPaper method = recognize("Fast Face Parsing", "We propose SegFace, which improves face parsing on long-tail classes.");
        assertTrue(mention(method, "SegFace").entity().types().contains(EntityType.METHOD));
    }

    @Test
    void benchmarkNamesAndVariantsOfKnownDatasetsAreDatasets() {
        LinkedPaper p = recognize("Interleaved Segmentation and Retrieval",
            "Our approach achieves state-of-the-art performance on FIND-Bench and competitive performance on standard retrieval. "
            + "The network was trained to perform object classification on ILSVRC13.");
        for (String name : new String[] {"FIND-Bench", "ILSVRC13"}) {
            EntityMention m = mention(p, name);
            assertNotNull(m, name);
            assertTrue(m.entity().types().contains(EntityType.DATASET), name + " " + m.entity().types());
        }
    }

    @Test
    void theProblemATitleIsForIsAddressed() {
        // Corpus titles: title case hides the parts of speech ("Sampling" is tagged a verb), evaluative words are dropped.
        LinkedPaper p = recognize("Influence Scores at Scale for Efficient Language Data Sampling",
            "Modern ML systems ingest data aggregated from diverse sources.");
        EntityMention m = mention(p, "Language Data Sampling");
        assertNotNull(m);
        assertEquals(Role.ADDRESSES, m.role());
        assertTrue(m.entity().types().contains(EntityType.TASK));
        p = recognize("Bilingual Dual-Head Deep Model for Parkinson's Disease Detection from Speech", "This work aims to tackle detection from speech.");
        assertNotNull(mention(p, "Parkinson's Disease Detection"));
        assertNull(mention(p, "Disease Detection"));
        // One broad word is no task of its own; neither is a thing the work is for.
        p = recognize("CNN Features off-the-shelf: an Astounding Baseline for Recognition", "We use features.");
        assertNull(mention(p, "Recognition"));
        p = recognize("Multi-head Span-based Detector for AI-generated Fragments in Scientific Papers", "We describe a system.");
        assertNull(mention(p, "AI-generated Fragments"));
    }

    @Test
    void aMeasureQualifiedByItsActivityIsItsOwnMetric() {
        // Corpus sentence (EMS paper): "retrieval accuracy" is reported, not plain accuracy.
        LinkedPaper p = recognize("KV Cache Compression",
            "EMS preserves 95% retrieval accuracy with a cache budget less than 2% of the full cache. Accuracy matters.");
        EntityMention m = mention(p, "retrieval accuracy");
        assertNotNull(m);
        assertTrue(m.entity().types().contains(EntityType.METRIC));
        // An evaluative or quantity word does not make a new metric.
        p = recognize("Models", "Our models reach high accuracy and the overall accuracy improves.");
        assertNotNull(mention(p, "accuracy"));
        assertNull(mention(p, "overall accuracy"));
    }

    @Test
    void whatATitleSaysMattersIsStudied() {
        // Corpus titles.
        LinkedPaper p = recognize("On the Importance of Noise Scheduling for Diffusion Models", "We empirically study the effect of noise scheduling strategies.");
        EntityMention m = mention(p, "Noise Scheduling");
        assertNotNull(m);
        assertEquals(Role.STUDIES, m.role());
        p = recognize("Evaluating Document Simplification: On the Importance of Separately Assessing Simplicity and Meaning Preservation",
            "Text simplification intends to make a text easier to read.");
        assertNotNull(mention(p, "Simplicity"));
        assertNotNull(mention(p, "Meaning Preservation"));
        assertNull(mention(p, "Separately Assessing Simplicity"));
        p = recognize("Channel Importance Matters in Few-Shot Image Classification", "Few-shot image classification is hard.");
        assertNotNull(mention(p, "Channel Importance"));
    }

    @Test
    void aScoreTheMethodComputesDoesNotMakeItAMetric() {
        // Corpus title (PiToMe paper): the proposed name is a method; "energy score" is what it computes.
        LinkedPaper p = recognize("Accelerating Transformers with Spectrum-Preserving Token Merging",
            "We propose PiToMe, a token merging method that uses an energy score to protect informative tokens.");
        assertEquals(java.util.Set.of(EntityType.METHOD), mention(p, "PiToMe").entity().types());
        // A subtitle that says what it is still decides: "HWD: A Novel Evaluation Score for ...".
        p = recognize("HWD: A Novel Evaluation Score for Styled Handwritten Text Generation", "We propose the Handwriting Distance (HWD).");
        assertTrue(mention(p, "HWD").entity().types().contains(EntityType.METRIC), mention(p, "HWD").toString());
    }

    @Test
    void aKnownTaskWithThePapersQualifiersIsThePapersTask() {
        // Corpus sentence (PTEC paper): the paper addresses multi-label text classification, not text classification in general.
        LinkedPaper p = recognize("Prompt Tuned Embedding Classification",
            "We compare the computational efficiency of Prompt Tuning and baselines for multi-label text classification.");
        EntityMention m = mention(p, "multi-label text classification");
        assertNotNull(m);
        assertTrue(m.entity().types().contains(EntityType.TASK));
        assertNull(mention(p, "text classification"));
        // A judging word or a verb is no qualifier.
        p = recognize("Distillation", "Traditional text classification relies on labels.");
        assertNull(mention(p, "Traditional text classification"));
    }

    @Test
    void whatMattersIsNamedAfterTheTitlesLastColonInAFewWords() {
        // Corpus title: the subject of "Matters" is "Value", not the whole title before it.
        LinkedPaper p = Recognition.recognize(
            "Attention Score is not All You Need for Token Importance Indicator in KV Cache Reduction: Value Also Matters", "");
        assertTrue(p.mentions().stream().noneMatch(m -> m.entity().label().length() > 60), p.mentions().toString());
        assertEquals(Role.STUDIES, Recognition.found(p, "Value").role());
    }

    @Test
    void wordsOfArithmeticNameNoKindOfNeuronOrHead() {
        // Corpus sentence (Sequential Training of Neural Networks with Gradient Boosting).
        LinkedPaper p = Recognition.recognize("Sequential Training of Neural Networks with Gradient Boosting",
            "Finally, the T partial models and bias are integrated as a single NN with T times J neurons in the hidden layer.");
        assertTrue(p.mentions().stream().noneMatch(m -> m.entity().label().toLowerCase().contains("times")), p.mentions().toString());
    }
}
