package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;

/** The one-pass ASCII folding gives exactly what the general pattern folding gives. */
class EntityKeysTest {
    @Test
    void keysFoldCasePluralHyphensAndArticles() {
        assertEquals("retrieval head", EntityKeys.key("Retrieval Heads"));
        assertEquals("retrieval head", EntityKeys.key("retrieval-head"));
        assertEquals("lora", EntityKeys.key("the LoRA"));
        assertEquals("qlora", EntityKeys.key("QLoRA"));
        assertEquals("gpt 2", EntityKeys.key("GPT-2"));
        assertEquals("celebamask hq", EntityKeys.key("CelebAMask-HQ"));
    }

    @Test
    void singularKeepsNounsEndingInSAndFoldsTheirEsPlurals() {
        // "Attention Lens" names a lens, "transformations called lenses": one entity, one IRI.
        assertEquals(EntityKeys.key("Lens"), EntityKeys.key("lenses"));
        assertEquals("attention lens", EntityKeys.key("Attention Lens"));
        assertEquals("inductive bias", EntityKeys.key("inductive biases"));
        assertEquals("status", EntityKeys.singular("statuses"));
        // The plain rules still hold around them.
        assertEquals("token", EntityKeys.key("tokens"));
        assertEquals("pattern", EntityKeys.key("patterns"));
        assertEquals("response", EntityKeys.key("responses"));
        assertEquals("class", EntityKeys.key("classes"));
        assertEquals("case", EntityKeys.key("cases"));
        assertEquals("analysis", EntityKeys.key("analysis"));
    }

    @Test
    void fastFoldingAgreesWithThePatternsOnEveryWordSpanOfTheCorpus() {
        List<String> spans = new ArrayList<>();
        PaperInputs.readBundled(p -> {
            for (String text : List.of(p.title(), p.abstractText())) {
                String[] words = text.split(" ");
                for (int i = 0; i < words.length; i++)
                    for (int n = 1; n <= 4 && i + n <= words.length; n++)
                        spans.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
            }
        });
        spans.addAll(List.of(" -a- ", "a\t-\tb", "The  Pile", "(LoRA)", "x/y_z", "", " ", "--", "an apple", "a"));
        int checked = 0;
        for (String s : spans) {
            String fast = EntityKeys.foldAscii(s);
            if (fast == null) continue;
            assertEquals(EntityKeys.foldWithPatterns(s), fast, () -> "folding of [" + s + "]");
            checked++;
        }
        assertEquals(true, checked > 100_000, "checked " + checked);
    }
}
