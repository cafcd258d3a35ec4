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

    /** Every sentence-like piece of the corpus texts (split after full stops), the texts themselves and spellings they may lack. */
    private static List<String> piecesAndTexts() {
        List<String> pieces = new ArrayList<>();
        for (String text : corpusTexts()) {
            pieces.add(text);
            pieces.addAll(List.of(text.split("(?<=\\.)\\s+")));
        }
        pieces.addAll(List.of("a method, dubbed FooNet, works", "X,\ta\tnew framework", "Y,  an  open benchmark", "Z,\nan efficient model",
            "It consists of (1) a encoder that maps", "two stages: Degradation Recording and Distribution Backtracking.",
            "(1) Localized Patch Importance Scoring: x", "Our SegFormer-B5", "The newly proposed XNet", "A New Loss Is Proposed",
            "EXISTING METHODS reach 90%", "Recent Advances have reached 91%", "no digits here", "0"));
        return pieces;
    }

    private static void assertCue(String name, java.util.regex.Pattern pattern, java.util.function.Predicate<String> cue, int minMatches) {
        int matches = 0;
        for (String piece : piecesAndTexts()) {
            if (!pattern.matcher(piece).find()) continue;
            matches++;
            assertTrue(cue.test(piece), () -> name + " matches without its cue: " + piece);
        }
        assertTrue(matches >= minMatches, name + " matches " + matches);
    }

    @Test
    void everySentencePatternMatchHasItsCue() {
        assertCue("CALLED", ProposalFinder.CALLED, t -> LiteralCues.containsAny(t, ProposalFinder.CALLED_CUES), 20);
        assertCue("APPOSITION", ProposalFinder.APPOSITION, LiteralCues::hasCommaArticle, 10);
        assertCue("BUILT_OF", ComponentLists.BUILT_OF, t -> LiteralCues.containsAny(t, ComponentLists.BUILT_OF_CUES), 10);
        assertCue("OUR_NAME", ProposalCues.OUR_NAME, t -> LiteralCues.containsAny(t, ProposalCues.OUR_NAME_CUES), 20);
        assertCue("PASSIVE", ProposalCues.PASSIVE, t -> LiteralCues.containsAnyIgnoreCase(t, ProposalCues.PASSIVE_CUES), 3);
        assertCue("PRIOR", ResultContext.PRIOR, t -> LiteralCues.containsAnyIgnoreCase(t, ResultContext.PRIOR_CUES), 5);
        assertFalse(LiteralCues.hasCommaArticle("a, b and an, c,a d, an"));
        assertFalse(LiteralCues.hasDigit("no digits"));
    }
}
