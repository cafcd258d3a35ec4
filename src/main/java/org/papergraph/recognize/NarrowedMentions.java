package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Section;

/**
 * Whether a catalogue method or component is named as the head of a narrower kind: "Multi-Task Transformer Models",
 * "text-to-image diffusion models", "a forgery-aware adapter". A paper that names it only so works with the
 * narrower kind, which the annotators list in its own words when at all, not with the catalogue's broad one.
 */
final class NarrowedMentions {
    /** Words that judge, size or date a method rather than narrow it (lower case). */
    private static final Set<String> NOT_NARROWING = Set.of("traditional", "conventional", "modern", "vanilla", "classic", "classical",
        "popular", "standard", "original", "plain", "deep", "pretrained", "pre-trained", "trained", "fine-tuned", "finetuned",
        "state-of-the-art", "off-the-shelf", "well-known", "open-source", "powerful", "advanced", "existing", "underlying",
        "corresponding", "respective", "whole", "entire", "single", "individual", "recent", "emerging", "typical", "common",
        "large-scale", "widely-used", "commonly-used", "so-called", "non-trivial", "high-quality", "well-trained", "special",
        "end-to-end", "purely");

    private NarrowedMentions() {}

    /** Whether the word right before a candidate narrows it to a kind of its own. */
    static boolean isNarrowed(AnnotatedText text, Candidate c) {
        // Names stay names whatever describes them ("a landmark-guided ControlNet").
        if (isName(c.surface())) return false;
        String s = text.text();
        int end = c.start() - 1;
        if (end < 1 || s.charAt(end) != ' ') return false;
        int start = end;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) start--;
        String word = s.substring(start, end);
        if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(word.length() - 1)) || !Character.isLetter(word.charAt(0))) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_NARROWING.contains(lower) || NounPhrases.EVALUATIVE.contains(lower)) return false;
        // "text-to-image diffusion models", "Multi-Task Transformer Models": a hyphenated compound says which kind,
        // unless it only says how the method is applied ("feature-level knowledge distillation")
        if (word.indexOf('-') > 0) return !describesAProperty(lower);
        // Title case hides the parts of speech; in a sentence, an adjective narrows ("explainable attention models").
        // In a title, a run of capitalised words that holds a compound is a coined kind ("Forgery-aware Adaptive Transformer");
        // a small word ends the run ("Adapters for Vision-Language Models" does not narrow the name).
        if (c.section() == Section.TITLE) return Character.isUpperCase(word.charAt(0)) && compoundInCapitalisedRun(s, start);
        Token before = tokenEndingAt(text, c.start(), end);
        return before != null && before.isAdjective() && !NOT_NARROWING.contains(before.lemma().toLowerCase(Locale.ROOT))
            && !NounPhrases.EVALUATIVE.contains(before.lemma().toLowerCase(Locale.ROOT));
    }

    /** Last parts of a hyphenated compound that say how a method is or works, not which kind it is. */
    private static final Set<String> PROPERTY_PARTS = Set.of("based", "free", "aware", "efficient", "specific", "informed",
        "typical", "guided", "driven", "level", "wise", "friendly", "agnostic", "dependent", "independent", "preserving");

    /**
     * "energy-efficient sparse training", "spectrum-preserving token merging", "feature-level knowledge
     * distillation": the compound describes how the method is applied; it is still the catalogue's method.
     */
    static boolean describesAProperty(String lowerWord) {
        String last = lowerWord.substring(lowerWord.lastIndexOf('-') + 1);
        return PROPERTY_PARTS.contains(last);
    }

    /** Whether the capitalised words that end at {@code end} (a word start) include a hyphenated compound. */
    private static boolean compoundInCapitalisedRun(String s, int wordStart) {
        int end = wordStart;
        while (end > 0) {
            int stop = end - 1;
            if (stop < 0 || s.charAt(stop) != ' ') return false;
            int start = stop;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) start--;
            String word = s.substring(start, stop);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || NounPhrases.EVALUATIVE.contains(word.toLowerCase(Locale.ROOT))) return false;
            if (word.indexOf('-') > 0 && Character.isLetterOrDigit(word.charAt(word.length() - 1))) return true;
            end = start;
        }
        return false;
    }

    /** A word with a capital after its first letter ("ControlNet", "CNNs"); title case capitalises only first letters. */
    private static boolean isName(String surface) {
        for (String word : surface.split("[\\s-]+"))
            for (int i = 1; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) return true;
        return false;
    }

    private static Token tokenEndingAt(AnnotatedText text, int candidateStart, int end) {
        Sentence sentence = text.sentenceAt(candidateStart);
        if (sentence == null) return null;
        List<Token> tokens = sentence.tokens();
        for (Token t : tokens) if (t.end() == end) return t;
        return null;
    }
}
