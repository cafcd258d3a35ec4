package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;

/**
 * The cheap cues that skip a pattern never skip a text the pattern matches: checked at every
 * word start of the bundled corpus and on spellings the corpus may lack.
 */
class PatternCuesTest {
    private static List<String> corpusTexts() {
        List<String> texts = new ArrayList<>();
        PaperInputs.readBundled(p -> { texts.add(p.title()); texts.add(p.abstractText()); });
        return texts;
    }

    @Test
    void everyTextWithALinkHasALinkCue() {
        List<String> texts = corpusTexts();
        texts.addAll(List.of("code at github.com/org/repo.", "see AdapterHub.ml for adapters", "WWW.EXAMPLE.ORG/x", "HTTP://X",
            "models on huggingface.co/models", "https://x", "page: example.github.io/page", "Proj.Tech", "a.B.co.uk site"));
        int withLinks = 0;
        for (String text : texts) {
            if (!LinkFinder.URL.matcher(text).find()) continue;
            withLinks++;
            assertTrue(LinkFinder.mayHaveLink(text), () -> "link without a cue in: " + text);
        }
        assertTrue(withLinks > 50, "texts with links " + withLinks);
        assertFalse(LinkFinder.mayHaveLink("We propose a method. It works, e.g. on images."));
    }

    @Test
    void everyListBeforeANameThatSaysDatasetHasACue() {
        int saysDataset = 0, skipped = 0;
        for (String text : corpusTexts()) {
            for (int p = 1; p < text.length(); p++) {
                if (!Character.isWhitespace(text.charAt(p - 1)) || Character.isWhitespace(text.charAt(p))) continue;
                String before = text.substring(Math.max(0, p - 100), p);
                boolean cue = ListContext.hasBeforeCue(before);
                if (ListContext.beforeSaysDataset(before)) {
                    saysDataset++;
                    assertTrue(cue, () -> "no cue before a dataset list: " + before);
                } else if (!cue) {
                    skipped++;
                }
            }
        }
        assertTrue(saysDataset > 200, "lists that say dataset " + saysDataset);
        assertTrue(skipped > 10_000, "skipped " + skipped);
    }
}
