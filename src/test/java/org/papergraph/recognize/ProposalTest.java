package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;

/** Proposed artefacts pinned on real sentences: described artefacts count, generic phrases and action titles do not. */
class ProposalTest {
    private static TextAnalyzer analyzer;
    private static PaperRecognizer recognizer;

    @BeforeAll
    static void setUp() {
        analyzer = NlpModels.get().newAnalyzer();
        recognizer = new PaperRecognizer(Vocabulary.bundled());
    }

    private static List<String> proposed(String title, String abstractText) {
        LinkedPaper p = recognizer.recognize(analyzer.analyze(new Paper(title, abstractText, new SourceLocation("test", 1))));
        return p.mentions().stream().filter(m -> m.role() == Role.PROPOSES).map(m -> EntityKeys.key(m.entity().label())).toList();
    }

    @Test
    void describedArtefactWithTwoDescribingWordsIsProposed() {
        List<String> p = proposed("Dense attention for images",
            "To capture fine details, we propose a multi-scale selective attention module that weighs features of every scale.");
        // The tagger calls "module" a verb here; the artefact keeps its kind word.
        assertTrue(p.contains(EntityKeys.key("multi-scale selective attention module")), p.toString());
    }

    @Test
    void bareKindsAndSingleDescriptionsAreNotProposed() {
        assertTrue(proposed("On modules", "In this work we present a novel framework for image retrieval.").isEmpty());
        assertTrue(proposed("On modules", "We present a shared module for all tasks.").isEmpty());
    }

    @Test
    void titlesOpeningWithAnActionNameNothing() {
        List<String> p = proposed("Accelerating Transformers with Spectrum-Preserving Token Merging",
            "Increasing the throughput of the Transformer architecture is an important goal.");
        assertTrue(!p.contains(EntityKeys.key("Accelerating Transformers")), p.toString());
    }

    private static List<Entity> proposedEntities(String title, String abstractText) {
        LinkedPaper p = recognizer.recognize(analyzer.analyze(new Paper(title, abstractText, new SourceLocation("test", 1))));
        return p.mentions().stream().filter(m -> m.role() == Role.PROPOSES).map(EntityMention::entity).toList();
    }

    @Test
    void definedAcronymIsTheNameAndTheLongFormItsAlias() {
        List<Entity> p = proposedEntities("Mechanistic Interpretation through Contextual Decomposition in Transformers",
            "In this work, we introduce contextual decomposition for transformers (CD-T), extending a prior work on CD for RNNs "
            + "and CNNs, to address mechanistic interpretation computationally efficiently.");
        assertTrue(p.stream().anyMatch(e -> e.label().equals("CD-T") && e.altLabels().contains("contextual decomposition for transformers")),
            p.toString());
    }

    @Test
    void namedArtefactMisTaggedAsVerbIsProposed() {
        List<String> p = proposed("Attention heads at work",
            "We propose Attention Lens, a tool that enables researchers to translate the outputs of attention heads into vocabulary tokens.");
        assertTrue(p.contains(EntityKeys.key("Attention Lens")), p.toString());
    }

    @Test
    void whatWeTermIsProposed() {
        List<Entity> p = proposedEntities("Text in images",
            "In this paper, we explore various LVLMs to identify the specific heads responsible for recognizing text from images, "
            + "which we term the Optical Character Recognition Head (OCR Head).");
        assertTrue(p.stream().anyMatch(e -> EntityKeys.key(e.label()).equals(EntityKeys.key("Optical Character Recognition Head"))), p.toString());
    }

    @Test
    void titlePrefixBeforeAKindSubtitleIsProposed() {
        List<String> p = proposed("The Vendi Score: A Diversity Evaluation Metric for Machine Learning",
            "Diversity is an important criterion for many areas of machine learning.");
        assertTrue(p.contains(EntityKeys.key("The Vendi Score")), p.toString());
    }

    @Test
    void countsAndPrepositionPrefixesNameNothing() {
        assertTrue(proposed("On Breast Cancer Detection: An Application of Machine Learning Algorithms",
            "We present three new ingredients for training classifiers.").isEmpty());
    }

    @Test
    void acronymOfTheTitleArtefactIsProposed() {
        List<String> p = proposed("Efficient Backpropagation with Variance-Controlled Adaptive Sampling",
            "In this work, Variance-Controlled Adaptive Sampling (VCAS) computes an unbiased stochastic gradient with fine-grained sampling.");
        assertTrue(p.contains(EntityKeys.key("VCAS")), p.toString());
        // An acronym for the task slot of the title, or one "recently proposed" by others, is not.
        List<String> q = proposed("On the Importance of Feature Decorrelation for Unsupervised Representation Learning",
            "Unsupervised representation learning (URL) has been studied. Combined with the recently proposed Recurrent Interface Network (RIN), it works.");
        assertTrue(!q.contains(EntityKeys.key("URL")) && !q.contains(EntityKeys.key("RIN")), q.toString());
    }

    @Test
    void acronymAfterDubbedAndOurNamesAreProposed() {
        List<String> p = proposed("Time series explanations",
            "We propose a new two-stage separator prediction approach, dubbed Separator REgression TRansformer (SepRETR), to predict lines. "
            + "By considering that MP could affect feature learning, we introduce a module, namely MP_{+}. Our MP_{+} achieves state-of-the-art performance.");
        assertTrue(p.contains(EntityKeys.key("SepRETR")) && p.contains(EntityKeys.key("MP_{+}")), p.toString());
    }

    @Test
    void variantsOfAProposedNameAreProposed() {
        List<String> p = proposed("SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers",
            "We scale our approach up to obtain a series of models from SegFormer-B0 to SegFormer-B5.");
        assertTrue(p.contains(EntityKeys.key("SegFormer-B0")) && p.contains(EntityKeys.key("SegFormer-B5")), p.toString());
    }

    @Test
    void titleHeadsWithKindWordsAndSentenceCaseCompoundsAreProposed() {
        assertTrue(proposed("Multi-head Span-based Detector for AI-generated Fragments in Scientific Papers", "We describe a system.")
            .contains(EntityKeys.key("Multi-head Span-based Detector")));
        assertTrue(proposed("Dirichlet Diffusion Score Model for Biological Sequence Generation", "Diffusion models work.")
            .contains(EntityKeys.key("Dirichlet Diffusion Score Model")));
        assertTrue(proposed("Decoupling Classifier for Boosting Few-shot Object Detection", "This paper focuses on detection.")
            .contains(EntityKeys.key("Decoupling Classifier")));
        // A sentence-case compound before a process word is the task.
        assertTrue(proposed("Weakly-supervised Audio Separation via Bi-modal Semantic Similarity", "Separation is hard.").isEmpty());
    }

    @Test
    void namesCoordinatedWithAProposedNameAreProposed() {
        List<String> p = proposed("Hate speech detection in Indian languages",
            "We release HindTweetBERT and MahaTweetBERT, models pre-trained on tweets, and show they work.");
        assertTrue(p.contains(EntityKeys.key("HindTweetBERT")) && p.contains(EntityKeys.key("MahaTweetBERT")), p.toString());
    }

    @Test
    void proposedNamesAndOurMethodProposeTheirParts() {
        List<String> p = proposed("TDASS: Target Domain Adaptation Speech Synthesis Framework for Multi-speaker Low-Resource TTS",
            "TDASS introduces a self-interested classifier with an interference loss. The proposed method outperforms baselines.");
        assertTrue(p.contains(EntityKeys.key("self-interested classifier")), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.contains("outperform")), p.toString());
        List<String> q = proposed("SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers",
            "It avoids complex decoders. The proposed MLP decoder aggregates information from different layers.");
        assertTrue(q.contains(EntityKeys.key("MLP decoder")), q.toString());
    }

    @Test
    void processTitleNeedsAClaimInTheAbstract() {
        assertTrue(!proposed("Unintentional Unalignment: Likelihood Displacement in Direct Preference Optimization",
            "We show that unintentional unalignment happens when preferences induce similar embeddings.")
            .contains(EntityKeys.key("Unintentional Unalignment")));
        List<String> p = proposed("Distribution Backtracking Builds A Faster Convergence Trajectory for One-step Diffusion Distillation",
            "To address this issue, we extend the score distillation process and propose Distribution Backtracking Distillation (DisBack) for distilling student generators.");
        assertTrue(p.contains(EntityKeys.key("DisBack")), p.toString());
    }

    @Test
    void nameAfterKindPhraseAndColon() {
        List<String> p = proposed("Alleviating the Inequality of Attention Heads for Neural Machine Translation",
            "To tackle this problem, we propose a simple masking method: HeadMask, in two specific ways.");
        assertTrue(p.contains(EntityKeys.key("HeadMask")), p.toString());
    }

    @Test
    void theMeansAnActionTitleNamesIsProposed() {
        // Corpus titles: the phrase after "via" / "with" in a title that opens with its action.
        List<String> p = proposed("Boosting Long-tailed Object Detection via Step-wise Learning on Smooth-tail Data",
            "Real-world data tends to follow a long-tailed distribution, where the class imbalance results in dominance of the head classes.");
        assertTrue(p.contains(EntityKeys.key("Step-wise Learning")), p.toString());
        p = proposed("Enhancing Visual Continual Learning with Language-Guided Supervision",
            "Continual learning aims to empower models to learn new tasks without forgetting previously acquired knowledge.");
        assertTrue(p.contains(EntityKeys.key("Language-Guided Supervision")), p.toString());
    }

    @Test
    void aKnownThingOrAClauseAfterTheLinkIsNotProposed() {
        List<String> p = proposed("Accelerating Image Classification with Vision Transformers",
            "We study how to make image classifiers faster on commodity hardware.");
        assertTrue(p.stream().noneMatch(k -> k.contains("transformer")), p.toString());
        p = proposed("Evaluating the Faithfulness of Importance Measures in NLP by Recursively Masking Allegedly Important Tokens and Retraining",
            "To explain NLP models, importance measures such as attention inform which inputs tokens are important for a prediction.");
        assertTrue(p.stream().noneMatch(k -> k.contains("masking")), p.toString());
    }

    @Test
    void aNovelKindOfArtefactIsProposedWhateverTheVerb() {
        // Corpus sentences (ProtoTEx, IMPALA papers).
        List<String> p = proposed("Explaining Model Decisions",
            "We also describe a novel interleaved training algorithm that effectively handles classes characterized by the absence of indicative features.");
        assertTrue(p.contains(EntityKeys.key("interleaved training algorithm")), p.toString());
        p = proposed("Scalable Distributed Deep-RL",
            "We achieve stable learning at high throughput by combining decoupled acting and learning with a novel off-policy correction method called V-trace.");
        assertTrue(p.contains(EntityKeys.key("V-trace")) && !p.contains(EntityKeys.key("off-policy correction method")), p.toString());
        // A claim, a bare novelty, and a kind in apposition to a name are no new artefacts.
        p = proposed("Dynamic Heads", "We push the current best COCO result to a new state-of-the-art at 54.0 AP and offer a novel perspective on detection.");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void theNamedPartsOfThePapersArtefactAreProposed() {
        // Corpus sentences (DisBask, STELLA, GraphMixer papers).
        List<String> p = proposed("One-step Diffusion Distillation",
            "We propose Distribution Backtracking Distillation (DisBask). DisBask is composed of two stages: Degradation Recording and Distribution Backtracking.");
        assertTrue(p.contains(EntityKeys.key("Degradation Recording")) && p.contains(EntityKeys.key("Distribution Backtracking")), p.toString());
        p = proposed("Continual Audio-Video Pre-training",
            "To tackle this problem, we propose a new continual audio-video pre-training method with two novel ideas: "
            + "(1) Localized Patch Importance Scoring: we introduce a multimodal encoder to determine the importance score for each patch.");
        assertTrue(p.contains(EntityKeys.key("Localized Patch Importance Scoring")), p.toString());
        p = proposed("Simple Temporal Networks",
            "In this paper, we propose GraphMixer, a simple architecture that consists of three components: (1) a link-encoder that is only "
            + "based on multi-layer perceptrons (MLP) to summarize the information from temporal links, (2) a node-encoder that is only based on neighbor mean-pooling.");
        assertTrue(p.contains(EntityKeys.key("link-encoder")) && p.contains(EntityKeys.key("node-encoder")), p.toString());
        // Numbered properties are no parts.
        p = proposed("Text in Images", "We find that these heads are (1) Less Sparse: they activate often, and (2) Qualitatively Distinct: they differ.");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void anAcronymDefinedInAProposalSentenceIsProposed() {
        // Corpus sentences (Moment Probing, LLM safety heads papers).
        List<String> p = proposed("Tuning Pre-trained Models",
            "By considering that MP could affect feature learning, we introduce a partially shared module to learn two recalibrating parameters (PSRP) for backbones.");
        assertTrue(p.contains(EntityKeys.key("PSRP")), p.toString());
        p = proposed("Attention Heads and Safety",
            "We propose a novel metric which tailored for multi-head attention, the Safety Head ImPortant Score (Ships), to assess the individual heads' contributions.");
        assertTrue(p.contains(EntityKeys.key("Ships")), p.toString());
    }

    @Test
    void descriptionsOfTheApproachAndAddressesAreNotArtefacts() {
        // Corpus sentences (USS, CRAFT and DirectMHP papers): a described framework, a web address, a lone modifier.
        List<String> p = proposed("Universal Source Separation with Weakly Labelled Data",
            "We propose a universal audio source separation framework containing: 1) an audio tagging model trained on weakly labelled data.");
        assertTrue(p.stream().noneMatch(k -> k.contains("framework")), p.toString());
        p = proposed("Concept Extraction", "We introduce https://serre-lab.github.io as our project page.");
        assertTrue(p.stream().noneMatch(k -> k.contains("github")), p.toString());
        p = proposed("Head Pose Estimation", "In this paper, we propose an end-to-end simple baseline named DirectMHP.");
        assertTrue(p.contains(EntityKeys.key("DirectMHP")) && !p.contains(EntityKeys.key("end-to-end")), p.toString());
    }

    @Test
    void aProposedSubjectIsProposed() {
        // Corpus sentences (OFB and AttrSeg papers); "These models are proposed" names nothing.
        List<String> p = proposed("Vision Transformer Compression",
            "Finally, Progressive Masked Image Modeling (PMIM) is proposed to regularize the feature space during the search process.");
        assertTrue(p.contains(EntityKeys.key("PMIM")), p.toString());
        p = proposed("Open-Vocabulary Segmentation", "One hierarchical aggregation architecture is proposed to enable the attribute-level alignment.");
        assertTrue(p.contains(EntityKeys.key("hierarchical aggregation architecture")), p.toString());
        assertTrue(proposed("Models", "These models are proposed to solve classification.").isEmpty());
    }

    @Test
    void describingWordsBeforeANameKeepTheKind() {
        List<String> p = proposed("Universal Source Separation with Weakly Labelled Data",
            "Universal source separation (USS) is a fundamental research task for computational auditory scene analysis. We investigate "
            + "various query nets, source separation models, and training strategies and propose a hierarchical USS strategy to "
            + "automatically detect and separate sound classes from the AudioSet ontology.");
        assertTrue(p.contains(EntityKeys.key("hierarchical USS strategy")) && !p.contains(EntityKeys.key("hierarchical USS")), p.toString());
    }

    @Test
    void anAdditionalPartIsThePartItself() {
        List<String> p = proposed("LAPP: Layer Adaptive Progressive Pruning for Compressing CNNs from Scratch",
            "What's more, in order to maintain the expressive power of the pruned layer, before training starts, we introduce an "
            + "additional lightweight bypass for each convolutional layer to be pruned, which only adds relatively few additional burdens.");
        assertTrue(!p.contains(EntityKeys.key("additional lightweight bypass")), p.toString());
    }

    @Test
    void numberedItemsOfAProposalListAreProposed() {
        List<String> p = proposed("TSRFormer: Table Structure Recognition with Transformers",
            "To make the two-stage DETR framework work efficiently and effectively for the separation line prediction task, we propose "
            + "two improvements: 1) A prior-enhanced matching strategy to solve the slow convergence issue of DETR; 2) A new cross "
            + "attention module to sample features from a high-resolution convolutional feature map directly.");
        assertTrue(p.contains(EntityKeys.key("prior-enhanced matching strategy")), p.toString());
        List<String> q = proposed("CRAFT: Concept Recursive Activation FacTorization for Explainability",
            "We introduce 3 new ingredients to the automatic concept extraction literature: (i) a recursive strategy to detect and "
            + "decompose concepts across layers, (ii) a novel method for a more faithful estimation of concept importance using Sobol indices.");
        assertTrue(!q.contains(EntityKeys.key("method")) && !q.contains(EntityKeys.key("recursive strategy")), q.toString());
    }

    @Test
    void acronymsDefinedFarIntoAProposalSentenceAreProposed() {
        List<String> p = proposed("Gaussian Adaptive Attention is All You Need: Robust Contextual Representations Across Multiple Modalities",
            "We propose the Multi-Head Gaussian Adaptive Attention Mechanism (GAAM), a novel probabilistic attention framework, and the "
            + "Gaussian Adaptive Transformer (GAT), designed to enhance information aggregation across multiple modalities, including "
            + "Speech, Text and Vision.");
        assertTrue(p.contains(EntityKeys.key("GAAM")) && p.contains(EntityKeys.key("GAT")), p.toString());
        List<String> q = proposed("On the Role of Attention Heads in Large Language Model Safety",
            "Based on this, we generalize Ships to the dataset level and further introduce the Safety Attention Head AttRibution "
            + "Algorithm (Sahara) to attribute the critical safety attention heads inside the model.");
        assertTrue(q.contains(EntityKeys.key("Sahara")), q.toString());
    }

    @Test
    void aDomainNotionDefinedInAProposalSentenceIsNotProposed() {
        List<String> p = proposed("multiMentalRoBERTa: A Fine-tuned Multiclass Classifier for Mental Health Disorder",
            "This work introduces multiMentalRoBERTa, a fine-tuned RoBERTa model designed for multiclass classification of common mental "
            + "health conditions, including stress, anxiety, depression, post-traumatic stress disorder (PTSD), suicidal ideation, and "
            + "neutral discourse.");
        assertTrue(!p.contains(EntityKeys.key("PTSD")), p.toString());
    }

    @Test
    void describedPartsOfACountedListAreProposed() {
        List<String> p = proposed("TMA: Temporal Motion Aggregation for Event-based Optical Flow",
            "Technically, TMA comprises three components: an event splitting strategy to incorporate intermediate motion information "
            + "underlying the temporal context, a linear lookup strategy to align temporally fine-grained motion features and a novel "
            + "motion pattern aggregation module to emphasize consistent patterns for motion feature enhancement.");
        assertTrue(p.contains(EntityKeys.key("event splitting strategy")) && p.contains(EntityKeys.key("linear lookup strategy")), p.toString());
    }

    @Test
    void partsToldOneByOneAreProposed() {
        List<String> p = proposed("Ensemble One-dimensional Convolution Neural Networks for Skeleton-based Action Recognition",
            "In this paper, we proposed an effective but extensible residual one-dimensional convolution neural network as base network. "
            + "Our first subnet is a two-stream network which could explore both temporal and spatial information. The second is a "
            + "body-parted network, which could gain micro spatial features and macro temporal features.");
        assertTrue(p.contains(EntityKeys.key("two-stream network")) && p.contains(EntityKeys.key("body-parted network")), p.toString());
    }

    @Test
    void theNameAfterADescriptionIsTheArtefact() {
        List<String> p = proposed("IMPALA: Scalable Distributed Deep-RL with Importance Weighted Actor-Learner Architectures",
            "We have developed a new distributed agent IMPALA (Importance Weighted Actor-Learner Architecture) that not only uses "
            + "resources more efficiently in single-machine training but also scales to thousands of machines.");
        assertTrue(p.contains(EntityKeys.key("IMPALA")) && !p.contains(EntityKeys.key("distributed agent IMPALA")), p.toString());
    }

    @Test
    void aSurveysOwnCategoriesAreConcepts() {
        List<Entity> p = proposedEntities("Attention Heads of Large Language Models: A Survey",
            "We first distill the human thought process into a four-stage framework: Knowledge Recalling, In-Context Identification, "
            + "Latent Reasoning, and Expression Preparation. Using this framework, we systematically review existing research.");
        Entity recalling = p.stream().filter(e -> e.label().equals("Knowledge Recalling")).findFirst().orElseThrow();
        assertTrue(recalling.primaryType() == EntityType.CONCEPT, recalling.toString());
    }

    @Test
    void ourDescribedKindIsTheOwnArtefact() {
        List<Entity> p = proposedEntities("Not All Relevance Scores are Equal: Efficient Uncertainty and Calibration Modeling for Deep Retrieval Models",
            "We evaluate this belief via a ranking based calibration metric showing that our approximate Bayesian framework significantly "
            + "improves a retrieval model's ranking effectiveness through a risk aware reranking as well as its confidence calibration.");
        Entity framework = p.stream().filter(e -> e.label().equals("approximate Bayesian framework")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(framework.primaryType() == EntityType.METHOD, framework.toString());
        // The tagger takes "outperforms" for a noun: the phrase still ends at its kind word.
        List<String> q = proposed("Categorical Representation Learning: Morphism is All You Need",
            "As a proof of concept, we provide an example of a text translator equipped with our technology, showing that our categorical "
            + "learning model outperforms the current deep learning models by 17 times.");
        assertTrue(q.contains(EntityKeys.key("categorical learning model")), q.toString());
        // A plural kind is a class of things, a plural describing word no description.
        List<String> r = proposed("DirectMHP: Direct 2D Multi-Person Head Pose Estimation with Full-range Angles",
            "We present comprehensive comparisons with state-of-the-art single HPE methods on public benchmarks, as well as superior "
            + "baseline results on our constructed MPHPE datasets. Our experiments use open models up to 70b in size.");
        assertTrue(!r.contains(EntityKeys.key("constructed MPHPE datasets")) && !r.contains(EntityKeys.key("experiments use open models")), r.toString());
    }

    @Test
    void aDescribedPartThePaperPutsToWorkIsItsOwn() {
        List<Entity> p = proposedEntities("TIGER: Time-frequency Interleaved Gain Extraction and Reconstruction for Efficient Speech Separation",
            "We employ a multi-scale selective attention module to extract contextual features, while introducing a "
            + "full-frequency-frame attention module to capture both temporal and frequency contextual information.");
        Entity module = p.stream().filter(e -> e.label().equals("multi-scale selective attention module")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(module.primaryType() == EntityType.METHOD, module.toString());
        // A part with one describing word is plain English, not a new artefact.
        List<String> q = proposed("On modules", "We use a shared module for all tasks and employ a gating mechanism.");
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void aListedPartEndsInItsKindWhateverTheTagger() {
        List<Entity> p = proposedEntities("TSRFormer: Table Structure Recognition with Transformers",
            "To make the two-stage DETR framework work efficiently and effectively for the separation line prediction task, we propose "
            + "two improvements: 1) A prior-enhanced matching strategy to solve the slow convergence issue of DETR; 2) A new cross "
            + "attention module to sample features from a high-resolution convolutional feature map directly.");
        // "module" is tagged as a verb here.
        Entity module = p.stream().filter(e -> e.label().equals("cross attention module")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(module.primaryType() == EntityType.METHOD, module.toString());
    }

    @Test
    void aCoordinatedVerbSharesTheArtefactSubject() {
        List<Entity> p = proposedEntities("SpeedUpNet: A Plug-and-Play Hyper-Network for Accelerating Text-to-Image Diffusion Models",
            "This technique utilizes cross-attention layers to learn the relative offsets in the generated image results between "
            + "negative and positive prompts, and introduces a Multi-Step Consistency (MSC) loss to ensure a harmonious balance between "
            + "reducing inference steps and maintaining consistency in the generated output.");
        Entity loss = p.stream().filter(e -> e.label().equals("MSC")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(loss.primaryType() == EntityType.METHOD, loss.toString());
    }

    @Test
    void aPassiveProposalKeepsTheTitleCaseNameAfterDescribingWords() {
        List<Entity> p = proposedEntities("Adaptive Pattern Extraction Multi-Task Learning for Multi-Step Conversion Estimations",
            "Second, explicit Pattern Selector is introduced to further enable selectively feature representation learning by "
            + "adaptive task-indicator vectors.");
        Entity selector = p.stream().filter(e -> e.label().equals("Pattern Selector")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(selector.primaryType() == EntityType.METHOD, selector.toString());
        assertTrue(p.stream().noneMatch(e -> e.label().equals("explicit Pattern Selector")), p.toString());
    }

    @Test
    void aNamedPhenomenonIsStudiedNotProposed() {
        LinkedPaper p = recognizer.recognize(analyzer.analyze(new Paper("Unintentional Unalignment: Likelihood Displacement in Direct Preference Optimization",
            "The current work sheds light on the causes and implications of this counter-intuitive phenomenon, which we term likelihood "
            + "displacement.", new SourceLocation("test", 1))));
        EntityMention m = Recognition.found(p, "likelihood displacement");
        assertTrue(m.role() == Role.STUDIES && m.entity().primaryType() == EntityType.CONCEPT, m.toString());
    }

    @Test
    void aDescriptionFollowedByItsGivenNameIsOnlyItsKind() {
        List<String> p = proposed("A Holistic Approach to Unifying Automatic Concept Extraction and Concept Importance Estimation",
            "To illustrate these findings and to highlight the main strategies of a model, we introduce a visual representation called "
            + "the strategic cluster graph.");
        assertTrue(p.contains(EntityKeys.key("strategic cluster graph")) && !p.contains(EntityKeys.key("visual representation")), p.toString());
    }

    @Test
    void aParticipleAfterAKindOpensAClause() {
        List<String> p = proposed("OmniEdit: Building Image Editing Generalist Models Through Specialist Supervision",
            "We have curated a test set containing images of different aspect ratios, accompanied by diverse instructions to cover "
            + "different tasks.");
        assertTrue(p.stream().noneMatch(k -> k.contains("containing")), p.toString());
    }

    @Test
    void whatAPaperSaysIsNotWhatItBuilds() {
        List<String> p = proposed("Attention Heads of Large Language Models: A Survey",
            "Finally, we discuss the limitations of current research and propose several potential future directions.");
        assertTrue(!p.contains(EntityKeys.key("potential future directions")), p.toString());
    }

    @Test
    void aTitleClaimingSomethingOfAnUnknownNameProposesIt() {
        List<Entity> p = proposedEntities("Gramian Attention Heads are Strong yet Efficient Vision Learners",
            "We introduce a novel architecture design that enhances expressiveness by incorporating multiple head classifiers.");
        Entity heads = p.stream().filter(e -> e.label().equals("Gramian Attention Heads")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(heads.primaryType() == EntityType.METHOD, heads.toString());
        List<String> q = proposed("Vision Transformers are Robust Learners", "We study the robustness of vision transformers.");
        assertTrue(!q.contains(EntityKeys.key("Vision Transformers")), q.toString());
    }

    @Test
    void aGerundAfterANounNamesTheActivityProposed() {
        List<Entity> p = proposedEntities("DeFTAN-II: Efficient Multichannel Speech Enhancement with Subgroup Processing",
            "To address these limitations, we introduce subgroup processing in our model, combining subgroups of locally emphasized "
            + "features with other subgroups containing original features.");
        Entity processing = p.stream().filter(e -> e.label().equalsIgnoreCase("subgroup processing")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(processing.primaryType() == EntityType.METHOD, processing.toString());
        List<String> q = proposed("Revisiting Vision Transformer from the View of Path Ensemble",
            "Therefore, we propose the path pruning and EnsembleScale skills for improvement, which cut out the underperforming paths.");
        assertTrue(q.contains(EntityKeys.key("path pruning")), q.toString());
    }

    @Test
    void aMistaggedVerbOpeningTheProposedPhraseModifiesIt() {
        List<Entity> p = proposedEntities("DeFTAN-II: Efficient Multichannel Speech Enhancement with Subgroup Processing",
            "In the proposed split dense blocks extracting spatial features, a pair of subgroups is sequentially concatenated and "
            + "processed by convolution layers to effectively reduce the computational complexity and memory usage.");
        // "split" is tagged a verb; "extracting spatial features" is a clause about the blocks.
        Entity blocks = p.stream().filter(e -> e.label().equalsIgnoreCase("split dense blocks")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(blocks.primaryType() == EntityType.METHOD, blocks.toString());
    }

    @Test
    void anAdverbBeforeAParticipleIsPartOfTheDescription() {
        List<Entity> p = proposedEntities("SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers",
            "SegFormer has two appealing features: 1) SegFormer comprises a novel hierarchically structured Transformer encoder which "
            + "outputs multiscale features.");
        Entity encoder = p.stream().filter(e -> e.label().equals("hierarchically structured Transformer encoder")).findFirst()
            .orElseThrow(() -> new AssertionError(p));
        assertTrue(encoder.primaryType() == EntityType.METHOD, encoder.toString());
        List<Entity> q = proposedEntities("What Does This Acronym Mean? Introducing a New Dataset for Acronym Identification and Disambiguation",
            "In order to address these two limitations, we first create a manually annotated large AI dataset for scientific domain.");
        Entity dataset = q.stream().filter(e -> e.label().equals("manually annotated large AI dataset")).findFirst().orElseThrow(() -> new AssertionError(q));
        assertTrue(dataset.primaryType() == EntityType.DATASET, dataset.toString());
    }

    @Test
    void theNotionProposedIsWhatItIsOf() {
        List<Entity> p = proposedEntities("MASIL: Towards Maximum Separable Class Representation for Few Shot Class Incremental Learning",
            "We propose the idea of concept factorization explaining the collapsed features for base session classes in terms of "
            + "concept basis and use these to induce classifier simplex for few shot classes.");
        Entity factorization = p.stream().filter(e -> e.label().equals("concept factorization")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(factorization.primaryType() == EntityType.METHOD, factorization.toString());
        List<Entity> q = proposedEntities("Discourse-Aware Text Simplification: From Complex Sentences to Linked Propositions",
            "Moreover, we introduce the notion of minimality in this context, as we aim to decompose source sentences into a set of "
            + "self-contained minimal semantic units.");
        Entity minimality = q.stream().filter(e -> e.label().equals("minimality")).findFirst().orElseThrow(() -> new AssertionError(q));
        assertTrue(minimality.primaryType() == EntityType.CONCEPT, minimality.toString());
    }

    @Test
    void aNominalWordTaggedAnAdverbStaysInThePhrase() {
        List<Entity> p = proposedEntities("Learn from Downstream and Be Yourself in Multimodal Large Language Model Fine-Tuning",
            "We further apply an importance-aware weight allocation strategy, selectively updating relatively important parameters "
            + "for downstream tasks.");
        // "allocation" is tagged an adverb here.
        Entity strategy = p.stream().filter(e -> e.label().equals("importance-aware weight allocation strategy")).findFirst()
            .orElseThrow(() -> new AssertionError(p));
        assertTrue(strategy.primaryType() == EntityType.METHOD, strategy.toString());
    }

    @Test
    void aProblemFormulatedAsAnotherIsNotProposed() {
        List<String> p = proposed("TSRFormer: Table Structure Recognition with Transformers",
            "Unlike previous methods, we formulate table separation line prediction as a line regression problem instead of an image "
            + "segmentation problem.");
        assertTrue(!p.contains(EntityKeys.key("table separation line prediction")), p.toString());
    }

    @Test
    void whatTheOwnArtefactIntroducesIsProposed() {
        List<String> p = proposed("LAPP: Layer Adaptive Progressive Pruning for Compressing CNNs from Scratch",
            "In particular, LAPP designs an effective and efficient pruning strategy that introduces a learnable threshold for each "
            + "layer and FLOPs constraints for network.");
        assertTrue(p.contains(EntityKeys.key("learnable threshold")), p.toString());
        List<String> q = proposed("Combining Self-labeling with Selective Sampling", "We propose a new method that builds an ensemble classifier.");
        assertTrue(!q.contains(EntityKeys.key("ensemble classifier")), q.toString());
    }

    @Test
    void aPhraseTheSentenceCallsOurOwnIsProposed() {
        List<Entity> p = proposedEntities("Confidence Score for Source-Free Unsupervised Domain Adaptation",
            "CoWA-JMDS consists of the JMDS scores as sample weights and weight Mixup that is our proposed variant of Mixup.");
        Entity mixup = p.stream().filter(e -> e.label().equals("weight Mixup")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertTrue(mixup.primaryType() == EntityType.METHOD, mixup.toString());
    }

    @Test
    void aTitlesMeansIsNoClauseNoDataAndNothingCombined() {
        List<String> p = proposed("Assessing Word Importance Using Models Trained for Semantic Tasks",
            "Many NLP tasks require to automatically identify the most significant words in a text.");
        assertTrue(!p.contains(EntityKeys.key("Models Trained")), p.toString());
        List<String> q = proposed("Rethinking Evaluation Metric for Probability Estimation Models Using Esports Data",
            "Probability estimation models play an important role in various fields.");
        assertTrue(!q.contains(EntityKeys.key("Esports Data")), q.toString());
        LinkedPaper r = recognizer.recognize(analyzer.analyze(new Paper("Combining Self-labeling with Selective Sampling",
            "This work combines self-labeling techniques with active learning in a selective sampling scenario.", new SourceLocation("test", 1))));
        EntityMention sampling = Recognition.found(r, "Selective Sampling");
        assertTrue(sampling.role() != Role.PROPOSES, sampling.toString());
    }

    @Test
    void whatABareKindUsesIsNotItsName() {
        List<String> p = proposed("Assessing Modality Bias in Video Question Answering Benchmarks with Multimodal Large Language Models",
            "Additionally, we propose an innovative method using state-of-the-art MLLMs to estimate the modality importance, which can "
            + "serve as a proxy for human judgments of modality perception.");
        assertTrue(p.stream().noneMatch(k -> k.contains("mllm")), p.toString());
    }

    @Test
    void countedItemsNamedByACapitalisedCompoundAndAKind() {
        List<Entity> p = proposedEntities("Attention Heads of Large Language Models: A Survey",
            "Furthermore, we summarize the experimental methodologies used to discover these special heads, dividing them into two "
            + "categories: Modeling-Free methods and Modeling-Required methods.");
        for (String label : List.of("Modeling-Free methods", "Modeling-Required methods")) {
            Entity e = p.stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " " + p));
            assertTrue(e.primaryType() == EntityType.CONCEPT, e.toString());   // a survey's own categories
        }
    }

    @Test
    void aKnownProblemWithADeviceKindIsADeviceBuiltForIt() {
        LinkedPaper p = Recognition.recognize("Distributionally Robust Neural Networks for Group Shifts: On the Importance of Regularization for "
            + "Worst-Case Generalization", "Finally, we introduce a stochastic optimization algorithm, with convergence guarantees, to "
            + "efficiently train group DRO models.");
        EntityMention m = Recognition.found(p, "stochastic optimization algorithm");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertTrue(m.entity().types().contains(EntityType.METHOD), m.toString());
        // A name given to it is the artefact; the described kind is not ("the "dagger technique"").
        LinkedPaper named = Recognition.recognize("Language Semantics Interpretation with an Interaction-based Recurrent Neural Networks",
            "This paper proposes a novel influence score (I-score), a greedy search algorithm called Backward Dropping Algorithm (BDA), "
            + "and a novel feature engineering technique called the \"dagger technique\".");
        EntityMention task = Recognition.mention(named, "feature engineering technique");
        assertTrue(task == null || task.role() != Role.PROPOSES, String.valueOf(task));
    }

    @Test
    void evaluativeWordsJoinedByYetAndAMistaggedAdpositionStayOutOfAndInThePhrase() {
        // The tagger reads "simple yet/NOUN effective token/ADP fusion module".
        LinkedPaper p = Recognition.recognize("CrossViT: Cross-Attention Multi-Scale Vision Transformer for Image Classification",
            "Furthermore, to reduce computation, we develop a simple yet effective token fusion module based on cross attention, which "
            + "uses a single token for each branch as a query to exchange information with other branches.");
        EntityMention m = Recognition.found(p, "token fusion module");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
    }

    @Test
    void aQuotedLongFormBeforeItsAcronymNamesTheAcronym() {
        LinkedPaper p = Recognition.recognize("ULSAM: Ultra-Lightweight Subspace Attention Module for Compact Convolutional Neural Networks",
            "In this work, we propose a simple yet effective \"Ultra-Lightweight Subspace Attention Mechanism\" (ULSAM), which infers "
            + "different attention maps for each feature map subspace.");
        EntityMention m = Recognition.found(p, "ULSAM");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        Recognition.absent(p, "Ultra-Lightweight Subspace Attention");
    }

    @Test
    void anAcronymTheArtefactIsBasedOnIsNotTheArtefact() {
        LinkedPaper p = Recognition.recognize("Predicting Users' Value Changes by the Friends' Influence from Social Media Usage",
            "We propose a Bounded Confidence Model (BCM) based value dynamics model from 275 different ego networks in Facebook that "
            + "predicts how social influence may persuade a person to change their value over time.");
        EntityMention m = Recognition.found(p, "value dynamics model");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        EntityMention basis = Recognition.mention(p, "BCM");
        assertTrue(basis == null || basis.role() != Role.PROPOSES, String.valueOf(basis));
    }

    @Test
    void theAcronymOfTheProposalIsASubjectThatProposesItsParts() {
        // The tagger reads "TED designs/NOUN"; the acronym is defined by the cues, not by a proposal phrase.
        LinkedPaper p = Recognition.recognize("Less is More: Task-aware Layer-wise Distillation for Language Model Compression",
            "To address these challenges, we propose a novel Task-aware layEr-wise Distillation (TED). TED designs task-aware filters to "
            + "align the hidden representations of the student and the teacher at each layer.");
        EntityMention m = Recognition.found(p, "task-aware filter");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        assertEquals(Role.PROPOSES, Recognition.found(p, "TED").role());
    }

    @Test
    void aNameAfterACommaAndNamelyIsTheArtefactNotItsDescription() {
        LinkedPaper p = Recognition.recognize("Forgery-aware Adaptive Transformer for Generalizable Synthetic Image Detection",
            "We attribute the key challenge to the lack of forgery adaptation, and present a novel forgery-aware adaptive transformer "
            + "approach, namely FatFormer.");
        EntityMention m = Recognition.found(p, "FatFormer");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        Recognition.absent(p, "forgery-aware adaptive transformer approach");
    }

    @Test
    void whatTheAuthorsEarlierWorkDevelopedIsNotProposedAgain() {
        LinkedPaper p = Recognition.recognize("FOLD-SE: An Efficient Rule-based Machine Learning Algorithm with Scalable Explainability",
            "The FOLD-SE algorithm builds upon our earlier work on developing the explainable FOLD-R++ machine learning algorithm for "
            + "binary classification and inherits all of its positive features.");
        EntityMention m = Recognition.mention(p, "explainable FOLD-R++ machine learning algorithm");
        assertTrue(m == null || m.role() != Role.PROPOSES, String.valueOf(m));
        assertEquals(Role.PROPOSES, Recognition.found(p, "FOLD-SE").role());
    }

    @Test
    void aNameAfterDubbedIsTheArtefactThoughTheLemmaIsMangled() {
        // The lemmatizer gives "dubbed" the lemma "dubb"; the participle's form still says a name follows.
        LinkedPaper p = Recognition.recognize("Unified Coarse-to-Fine Alignment for Video-Text Retrieval",
            "To this end, we propose a Unified Coarse-to-fine Alignment model, dubbed UCoFiA.");
        EntityMention m = Recognition.found(p, "UCoFiA");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        EntityMention kind = Recognition.mention(p, "Coarse-to-fine Alignment model");
        assertTrue(kind == null || kind.role() != Role.PROPOSES, String.valueOf(kind));
    }

    @Test
    void aCapitalisedEvaluativeWordOpensTheNameItStandsIn() {
        LinkedPaper p = Recognition.recognize("ECoFLaP: Efficient Coarse-to-Fine Layer-Wise Pruning for Vision-Language Models",
            "To address this limitation in recent efficient pruning methods for large models, we propose Efficient Coarse-to-Fine "
            + "LayerWise Pruning (ECoFLaP), a two-stage coarse-to-fine weight pruning approach for LVLMs.");
        EntityMention m = Recognition.found(p, "ECoFLaP");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        // The long form keeps its first word, so it is the acronym's alias and no second, truncated entity.
        assertTrue(m.entity().altLabels().contains("Efficient Coarse-to-Fine LayerWise Pruning"), m.toString());
        Recognition.absent(p, "Coarse-to-Fine LayerWise Pruning");
    }

    @Test
    void aNameJoinedByAndToADescribedProposalSharesItsVerb() {
        LinkedPaper p = Recognition.recognize("Revisiting Vision Transformer from the View of Path Ensemble",
            "Therefore, we propose the path pruning and EnsembleScale skills for improvement, which cut out the underperforming "
            + "paths and re-weight the ensemble components, respectively, to optimize the path combination.");
        EntityMention m = Recognition.found(p, "EnsembleScale");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        assertEquals(Role.PROPOSES, Recognition.found(p, "path pruning").role());
    }

    @Test
    void aDescriptionBeforeANameBetweenCommasIsOnlyItsKind() {
        LinkedPaper p = Recognition.recognize("Adaptive Sparse Allocation with Mutual Choice & Feature Choice Sparse Autoencoders",
            "Additionally, we introduce a new auxiliary loss function, aux_zipf_loss, which generalises the aux_k_loss to mitigate "
            + "dead and underutilised features.");
        EntityMention m = Recognition.found(p, "aux_zipf_loss");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        EntityMention kind = Recognition.mention(p, "auxiliary loss function");
        assertTrue(kind == null || kind.role() != Role.PROPOSES, String.valueOf(kind));
    }

    @Test
    void whatAStudyRevealsAndNamesIsStudiedNotProposed() {
        // The subtitle says the paper is a study of its prefix; the abstract names a circuit it found.
        LinkedPaper p = Recognition.recognize("Clustering Head: A Visual Case Study of the Training Dynamics in Transformers",
            "We reveal a type of circuit, called \"clustering heads,\" which learns the problem's invariants.");
        EntityMention m = Recognition.found(p, "clustering heads");
        assertEquals(Role.STUDIES, m.role(), m.toString());
        assertEquals(EntityType.CONCEPT, m.entity().primaryType(), m.toString());
    }

    @Test
    void aLongFormMayRunThroughUsingToItsAcronym() {
        LinkedPaper p = Recognition.recognize("Evaluating the Faithfulness of Importance Measures in NLP by Recursively Masking Allegedly "
            + "Important Tokens and Retraining",
            "Furthermore, we propose a summarizing metric using relative area-between-curves (RACU), which allows for easy comparison "
            + "across papers, models, and tasks.");
        EntityMention m = Recognition.found(p, "RACU");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METRIC, m.entity().primaryType(), m.toString());
    }

    @Test
    void anAcronymTheTokenizerCutIsStillTheProposalsName() {
        // The tokenizer gives "(" "CoWA-" "JMDS" ")": the acronym is the joined words between the brackets.
        LinkedPaper p = Recognition.recognize("Confidence Score for Source-Free Unsupervised Domain Adaptation",
            "We then propose a Confidence score Weighting Adaptation using the JMDS (CoWA-JMDS) framework for SFUDA.");
        EntityMention m = Recognition.found(p, "CoWA-JMDS");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        assertTrue(p.mentions().stream().noneMatch(e -> e.role() == Role.PROPOSES
            && e.entity().label().equals("Confidence score Weighting Adaptation")), p.mentions().toString());
    }

    @Test
    void aDescriptionBeforeATitleCaseNameWithItsAcronymIsOnlyItsKind() {
        LinkedPaper p = Recognition.recognize("Confidence Score for Source-Free Unsupervised Domain Adaptation",
            "To differentiate between sample importance, in this study, we propose a novel sample-wise confidence score, the Joint "
            + "Model-Data Structure (JMDS) score for SFUDA.");
        EntityMention m = Recognition.found(p, "JMDS");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        EntityMention kind = Recognition.mention(p, "sample-wise confidence score");
        assertTrue(kind == null || kind.role() != Role.PROPOSES, String.valueOf(kind));
    }

    @Test
    void aCompoundTheTokenizerCutAtItsHyphenIsOneDescribingWord() {
        // "large-" "scale": one describing word, so "a large-scale dataset" names nothing; the title's name is the dataset.
        LinkedPaper p = Recognition.recognize("ResumeAtlas: Revisiting Resume Classification with Large-Scale Datasets and Large Language Models",
            "We curated a large-scale dataset of 13,389 resumes from diverse sources and employed Large Language Models (LLMs) such "
            + "as BERT and Gemma1.1 2B for classification.");
        EntityMention m = Recognition.found(p, "ResumeAtlas");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.DATASET, m.entity().primaryType(), m.toString());
        EntityMention kind = Recognition.mention(p, "large-scale dataset");
        assertTrue(kind == null || kind.role() != Role.PROPOSES, String.valueOf(kind));
    }

    @Test
    void aParticipleCompoundBeforeANameDescribesIt() {
        LinkedPaper p = Recognition.recognize("Assessing Modality Bias in Video Question Answering Benchmarks with Multimodal Large Language Models",
            "In this work, we introduce the modality importance score (MIS) to identify such bias. Our proposed MLLM-derived MIS can "
            + "guide the curation of modality-balanced datasets that advance multimodal learning.");
        EntityMention m = Recognition.found(p, "MIS");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METRIC, m.entity().primaryType(), m.toString());
        Recognition.absent(p, "MLLM-derived MIS");
    }

    @Test
    void aSharedTaskTitleNamesItsSystemBeforeAt() {
        LinkedPaper p = Recognition.recognize("SHROOM-INDElab at SemEval-2024 Task 6: Zero- and Few-Shot LLM-Based Classification for "
            + "Hallucination Detection",
            "We describe the University of Amsterdam Intelligent Data Engineering Lab team's entry for the SemEval-2024 Task 6 competition.");
        EntityMention m = Recognition.found(p, "SHROOM-INDElab");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
    }

    @Test
    void aDescriptionNamedInBracketsIsOnlyItsKind() {
        // The tagger calls "oriented" a conjunction; the phrase still runs on, and the name in brackets is the artefact.
        LinkedPaper p = Recognition.recognize("Retrieval Oriented Masking Pre-training Language Model for Dense Passage Retrieval",
            "By noticing the term importance weight can provide valuable information for passage retrieval, we hereby propose "
            + "alternative retrieval oriented masking (dubbed as ROM) strategy where more important tokens will have a higher "
            + "probability of being masked out.");
        EntityMention m = Recognition.found(p, "ROM");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        for (String description : List.of("alternative retrieval", "alternative retrieval oriented masking")) {
            EntityMention d = Recognition.mention(p, description);
            assertTrue(d == null || d.role() != Role.PROPOSES, String.valueOf(d));
        }
    }

    @Test
    void aProblemsAcronymBeforeAKindNamesWhatTheArtefactIsFor() {
        // "AD" abbreviates a known task, so the dataset prepared for it is "AD dataset", not the task.
        LinkedPaper p = Recognition.recognize("What Does This Acronym Mean? Introducing a New Dataset for Acronym Identification and Disambiguation",
            "Due to their importance, identifying acronyms and corresponding phrases (i.e., acronym identification (AI)) and finding "
            + "the correct meaning of each acronym (i.e., acronym disambiguation (AD)) are crucial for text understanding. Next, we "
            + "prepare an AD dataset for scientific domain with 62,441 samples which is significantly larger than the previous "
            + "scientific AD dataset.");
        EntityMention m = Recognition.found(p, "AD dataset");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.DATASET, m.entity().primaryType(), m.toString());
        assertTrue(Recognition.found(p, "acronym disambiguation").role() != Role.PROPOSES);
    }

    @Test
    void aProblemsNameBeforeAPluralKindIsNoArtefact() {
        LinkedPaper p = Recognition.recognize("Improving Automatic Speech Recognition with Decoder-Centric Regularisation in Encoder-Decoder Models",
            "Using the recent E-branchformer architecture, we build strong ASR systems that obtained competitive WERs as compared to "
            + "Whisper-medium and outperformed OWSM v3; while relying only on a fraction of training data and model size.");
        EntityMention m = Recognition.mention(p, "ASR systems");
        assertTrue(m == null || m.role() != Role.PROPOSES, String.valueOf(m));
    }

    @Test
    void anEvaluativeWordInAHyphenatedCompoundDescribes() {
        // "novel-object" is one describing word, not praise: with "recognition" the dataset is described by two words.
        LinkedPaper p = Recognition.recognize("Learning to Learn: How to Continuously Teach Humans and Machines",
            "We introduce a novel-object recognition dataset for human curriculum learning experiments and observe that curricula "
            + "that are effective for humans are highly correlated with those that are effective for machines.");
        EntityMention m = Recognition.found(p, "novel-object recognition dataset");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.DATASET, m.entity().primaryType(), m.toString());
    }

    @Test
    void aLongNominalTaggedAPronounStaysInTheProposal() {
        // The tagger reads "importance/PRON"; pronouns are a closed class, so the -ance word is the score's noun.
        LinkedPaper p = Recognition.recognize("Revisit Parameter-Efficient Transfer Learning: A Two-Stage Paradigm",
            "In the second stage, to efficiently learn the task-relevant information, we propose a Taylor expansion-based importance "
            + "score to identify task-relevant channels for the downstream task.");
        EntityMention m = Recognition.found(p, "Taylor expansion-based importance score");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        // Typed by its head word; the development gold calls this score a method.
        assertEquals(EntityType.METRIC, m.entity().primaryType(), m.toString());
    }

    @Test
    void whatTheArtefactWorksWithIsNotProposed() {
        // The acronym is defined after "with" in the proposal sentence, and a plural acronym is a class of things.
        LinkedPaper p = Recognition.recognize("Practical, Automated Scenario-based Mobile App Testing",
            "In this paper, we propose a novel approach, ScenTest, for scenario-based mobile app testing with event knowledge graph "
            + "(EKG) via GUI image understanding. ScenTest extracts four kinds of entities and five kinds of corresponding "
            + "relationships from crowdsourced test reports, where the test events and app GUI information are presented, and "
            + "constructs the EKGs for specific scenarios.");
        EntityMention m = Recognition.found(p, "ScenTest");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.METHOD, m.entity().primaryType(), m.toString());
        EntityMention ekg = Recognition.found(p, "EKG");
        assertTrue(ekg.role() != Role.PROPOSES, ekg.toString());
    }

    @Test
    void aNotionThePaperHypothesizesIsAConceptItProposes() {
        LinkedPaper p = Recognition.recognize("Scissorhands: Exploiting the Persistence of Importance Hypothesis for LLM KV Cache Compression "
            + "at Test Time",
            "Inspired by an interesting observation of the attention scores, we hypothesize the persistence of importance: only "
            + "pivotal tokens, which had a substantial influence at one step, will significantly influence future generations.");
        EntityMention m = Recognition.found(p, "persistence of importance");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.CONCEPT, m.entity().primaryType(), m.toString());
    }

    @Test
    void aNovelNotionInLatexQuotesIsAConceptItProposes() {
        // The tokenizer gives "`" "`" "smoothness''": the opening backticks are skipped, the glued closing quotes trimmed.
        LinkedPaper p = Recognition.recognize("Subset Selection Based On Multiple Rankings in the Presence of Bias: Effectiveness of Fairness "
            + "Constraints for Multiwinner Voting Score Functions",
            "This result relies on a novel notion of ``smoothness'' of submodular functions in this setting that quantifies how well "
            + "a function can ``correctly'' assess the quality of items in the presence of bias.");
        EntityMention m = Recognition.found(p, "smoothness");
        assertEquals(Role.PROPOSES, m.role(), m.toString());
        assertEquals(EntityType.CONCEPT, m.entity().primaryType(), m.toString());
    }

    @Test
    void aSecondVerbJoinedToTheProposalVerbIsNoWordOfTheArtefact() {
        // Corpus sentence (Benchmark Inflation: Revealing LLM Performance Gaps Using Retro-Holdouts).
        LinkedPaper p = Recognition.recognize("Benchmark Inflation: Revealing LLM Performance Gaps Using Retro-Holdouts",
            "Applying these methods to TruthfulQA, we construct and release Retro-Misconceptions, on which we evaluate twenty LLMs "
            + "and find that some have inflated scores by as much as 16 percentage points.");
        Recognition.absent(p, "release Retro-Misconceptions");
        // The name itself is not found yet: the tokenizer cuts it into "Retro-" and "Misconceptions".
        Recognition.found(p, "TruthfulQA");
    }

    @Test
    void theClausesVerbTakenForAPluralNounEndsTheProposedPhrase() {
        // Corpus sentence (Classification of Histopathological Biopsy Images Using Ensemble ...): "adapts" is the verb.
        LinkedPaper p = Recognition.recognize("Classification of Histopathological Biopsy Images Using Ensemble of Deep Learning Networks",
            "The proposed ensemble model adapts three pre-trained CNNs, namely VGG19, MobileNet, and DenseNet.");
        Recognition.absent(p, "ensemble model adapts");
        Recognition.found(p, "VGG19");
    }
}
