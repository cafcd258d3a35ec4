package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.papergraph.recognize.Recognition.mention;
import static org.papergraph.recognize.Recognition.recognize;

import org.junit.jupiter.api.Test;

/** The tasks a title names, pinned on corpus titles and first sentences. */
class TitleTasksTest {
    @Test
    void theWordsThatSpellATitlesNameAreNoTask() {
        // Corpus titles: the capitals after the colon spell ALPS and TIGER, so those words name the method.
        LinkedPaper p = recognize("ALPS: Attention Localization and Pruning Strategy for Efficient Alignment of Large Language Models",
            "Aligning general-purpose large language models (LLMs) to downstream tasks often incurs significant training adjustment costs.");
        assertNull(mention(p, "Attention Localization"), p.mentions().toString());
        p = recognize("TIGER: Time-frequency Interleaved Gain Extraction and Reconstruction for Efficient Speech Separation",
            "In recent years, much speech separation research has focused primarily on improving model performance.");
        assertNull(mention(p, "Interleaved Gain Extraction"), p.mentions().toString());
        assertEquals(EntityType.TASK, mention(p, "speech separation").entity().primaryType());
    }

    @Test
    void aGerundWithAPluralObjectIsTheTask() {
        // Corpus title and first sentence (A Unified Approach to Interpreting Model Predictions).
        LinkedPaper p = recognize("A Unified Approach to Interpreting Model Predictions",
            "Understanding why a model makes a certain prediction can be as crucial as the prediction's accuracy in many applications.");
        assertNull(mention(p, "Model Predictions"), p.mentions().toString());
        assertEquals(EntityType.TASK, mention(p, "Interpreting Model Predictions").entity().primaryType());
    }

    @Test
    void howTheTaskIsDoneAndTheModelItIsDoneForAreNotPartOfItsName() {
        // Corpus titles: "Head-wise" says how, "LLM" for which model; the task is KV cache compression.
        LinkedPaper how = recognize("EMS: Adaptive Evict-then-Merge Strategy for Head-wise KV Cache Compression Based on Global-Local Importance", "");
        assertEquals(EntityType.TASK, mention(how, "KV Cache Compression").entity().primaryType());
        assertNull(mention(how, "Head-wise KV Cache Compression"), how.mentions().toString());
        LinkedPaper model = recognize("Scissorhands: Exploiting the Persistence of Importance Hypothesis for LLM KV Cache Compression at Test Time", "");
        assertEquals(EntityType.TASK, mention(model, "KV Cache Compression").entity().primaryType());
    }

    @Test
    void aTitlesPrepositionOrPraiseDoesNotNarrowAKnownTask() {
        // Corpus title: "Towards" is a preposition in title case; the task is interpretability, not "Towards Interpretability".
        LinkedPaper p = recognize("Rethinking Self-Attention: Towards Interpretability in Neural Parsing", "");
        assertNull(mention(p, "Towards Interpretability"), p.mentions().toString());
        assertNotNull(mention(p, "interpretability"), p.mentions().toString());
    }
}
