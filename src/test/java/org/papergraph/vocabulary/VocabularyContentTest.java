package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.PG;

/** The well-known names the extractor relies on are present, typed and labelled as the guideline says. */
class VocabularyContentTest {
    private final Model m = GeneratedVocabularies.model();

    private Resource concept(String prefLabel) {
        Resource c = GeneratedVocabularies.concept(prefLabel);
        assertTrue(c.hasProperty(SKOS.prefLabel, prefLabel), "missing concept " + prefLabel);
        return c;
    }

    private void assertAlt(Resource c, String alt) {
        assertTrue(c.hasProperty(SKOS.altLabel, alt), c + " lacks altLabel " + alt);
    }

    private void assertType(Resource c, Resource type) {
        assertTrue(c.hasProperty(RDF.type, type), c + " is not a " + type.getLocalName());
    }

    @Test
    void loraFamily() {
        Resource lora = concept("LoRA");
        assertType(lora, PG.Method);
        assertAlt(lora, "low-rank adaptation");
        assertTrue(concept("QLoRA").hasProperty(SKOS.broader, lora));
        assertTrue(concept("DoRA").hasProperty(SKOS.broader, lora));
        assertTrue(lora.hasProperty(SKOS.broader, concept("parameter-efficient fine-tuning")));
    }

    @Test
    void metricsWithAbbreviations() {
        Resource f1 = concept("F1 score");
        assertType(f1, PG.Metric);
        assertAlt(f1, "F1");
        assertAlt(concept("word error rate"), "WER");
        assertAlt(concept("mean opinion score"), "MOS");
        assertAlt(concept("mean intersection over union"), "mIoU");
        assertAlt(concept("Fréchet inception distance"), "FID");
        for (String name : new String[] {"FLOPs", "FPS", "perplexity", "BLEU", "ROUGE-L", "accuracy", "top-1 accuracy", "peak signal-to-noise ratio"}) {
            assertType(concept(name), PG.Metric);
        }
    }

    @Test
    void datasetsAndBenchmarks() {
        for (String name : new String[] {"ImageNet", "CIFAR-10", "CIFAR-100", "COCO", "CelebAMask-HQ", "LaPa", "GLUE", "MMLU",
                "GSM8K", "HumanEval", "WikiText-103", "C4", "The Pile", "OpenWebText", "LibriSpeech", "ADE20K", "Pascal VOC"}) {
            assertType(concept(name), PG.Dataset);
        }
        assertTrue(concept("CelebAMask-HQ").hasProperty(SKOS.inScheme, m.createResource(VocabType.DATASET.schemeIri())));
    }

    @Test
    void tasksMethodsAndConcepts() {
        Resource fl = concept("federated learning");
        assertType(fl, PG.Task);
        assertType(fl, PG.Method);
        assertAlt(concept("face parsing"), "face segmentation");
        assertType(concept("few-shot object detection"), PG.Task);
        assertType(concept("continual learning"), PG.Task);
        assertType(concept("domain generalization"), PG.Task);
        for (String name : new String[] {"knowledge distillation", "in-context learning", "sparse autoencoder", "Grad-CAM", "XGBoost",
                "BERT", "GPT-2", "transformer", "RLHF", "Adam", "dropout", "mixture of experts", "late fusion", "least squares",
                "leverage score sampling", "implicit differentiation"}) {
            assertType(concept(name), PG.Method);
        }
        assertTrue(concept("induction head").hasProperty(SKOS.broader, concept("attention head")));
        for (String name : new String[] {"catastrophic forgetting", "hallucination", "non-IID data", "neural collapse", "scaling law"}) {
            assertType(concept(name), PG.Concept);
        }
    }

    @Test
    void papersWithCodeFactsAreMergedIn() {
        // PwC contributes the category of a method as its broader concept, and parent tasks of tasks.
        assertTrue(concept("DenseNet").listProperties(SKOS.broader).hasNext());
        assertType(concept("semantic segmentation"), PG.Task);
    }

    @Test
    void caseVariantsOfCaseSensitiveNamesAreKeptAsLabels() {
        // The lookup matches mixed-case names by exact case, so "Llama" needs its own label next to "LLaMA".
        assertAlt(concept("LLaMA"), "Llama");
        Resource vit = GeneratedVocabularies.concept("vision transformer");
        assertTrue(!vit.hasProperty(SKOS.altLabel, "VITS"), "VITS (a speech model) is not the vision transformer");
    }
}
