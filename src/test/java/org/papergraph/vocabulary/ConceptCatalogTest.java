package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merging rules of the catalogue, on small inline examples. */
class ConceptCatalogTest {
    private final ConceptCatalog catalog = new ConceptCatalog(new LabelPolicy(Set.of("model", "step"), Set.of("segface")));

    private ConceptEntry add(VocabType type, String pref, List<String> alts, List<String> broader) {
        return catalog.add(type, pref, alts, broader, List.of(), Source.CURATED);
    }

    @Test
    void sameSlugMergesLabelsAndCuratedTypesStand() {
        ConceptEntry a = add(VocabType.TASK, "federated learning", List.of("FL"), List.of());
        ConceptEntry b = catalog.add(VocabType.METHOD, "Federated Learning", List.of("federated training"), List.of(), List.of(), Source.PAPERS_WITH_CODE);
        assertSame(a, b);
        assertEquals("federated learning", a.prefLabel());
        assertEquals(VocabType.TASK, a.type());
        // The curated row decides the types; the later source adds its labels only.
        assertEquals(Set.of(VocabType.TASK), a.types());
        assertTrue(a.altLabels().containsAll(Set.of("FL", "federated training")));
        // Two uncurated sources merge their types.
        ConceptEntry c = catalog.add(VocabType.METHOD, "Tree Search", List.of(), List.of(), List.of(), Source.PAPERS_WITH_CODE);
        catalog.add(VocabType.TASK, "tree search", List.of(), List.of(), List.of(), Source.PAPERS_WITH_CODE);
        assertEquals(Set.of(VocabType.METHOD, VocabType.TASK), c.types());
    }

    @Test
    void aPrefLabelThatIsAnotherConceptsAltLabelJoinsIt() {
        ConceptEntry capsule = add(VocabType.METHOD, "capsule network", List.of("CapsNet"), List.of());
        assertSame(capsule, add(VocabType.METHOD, "CapsNet", List.of("Capsule Network"), List.of()));
        // The long form of a new acronym entry names an existing concept.
        ConceptEntry lda = add(VocabType.METHOD, "linear discriminant analysis", List.of(), List.of());
        add(VocabType.METHOD, "latent Dirichlet allocation", List.of("LDA"), List.of());
        assertSame(lda, add(VocabType.METHOD, "LDA", List.of("Linear Discriminant Analysis"), List.of()));
    }

    @Test
    void shortAmbiguousNamesDoNotMergeAcrossTypes() {
        ConceptEntry metric = add(VocabType.METRIC, "mean squared error", List.of("MSE"), List.of());
        ConceptEntry method = add(VocabType.METHOD, "MSE", List.of(), List.of());
        assertTrue(metric != method);
    }

    @Test
    void stopWordsAndCoinedNamesAreNeverLabels() {
        assertNull(add(VocabType.METHOD, "Step", List.of(), List.of()));
        assertNull(add(VocabType.METHOD, "SegFace", List.of(), List.of()));
        ConceptEntry promoted = add(VocabType.METHOD, "Model", List.of("model soup"), List.of());
        assertEquals("model soup", promoted.prefLabel());
        assertEquals("model-soup", promoted.slug());
    }

    @Test
    void broaderLabelsResolveAndCyclesAreCut() {
        ConceptEntry lora = add(VocabType.METHOD, "LoRA", List.of("low-rank adaptation"), List.of("PEFT"));
        ConceptEntry peft = add(VocabType.METHOD, "parameter-efficient fine-tuning", List.of("PEFT"), List.of("LoRA"));
        ConceptEntry qlora = add(VocabType.METHOD, "QLoRA", List.of(), List.of("low-rank adaptation", "unknown thing"));
        List<String> problems = catalog.resolveBroader();
        assertEquals(List.of("QLoRA -> unknown broader 'unknown thing'"), problems);
        assertEquals(Set.of("lora"), qlora.broader());
        // One of the two links of the cycle LoRA <-> PEFT is dropped.
        assertTrue(lora.broader().isEmpty() ^ peft.broader().isEmpty());
    }
}
