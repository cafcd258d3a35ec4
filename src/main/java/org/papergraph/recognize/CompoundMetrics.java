package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * A generic measure named with the activity it measures is its own metric: "detection accuracy",
 * "retrieval accuracy", "segmentation accuracy" are what a paper reports, and what a reader looks
 * for, rather than plain "accuracy". The vocabulary match of the generic word is widened to the compound.
 */
final class CompoundMetrics {
    private static final Set<String> GENERIC_MEASURES = Set.of("accuracy", "precision", "recall", "error", "error rate", "f1 score");
    private static final Pattern ACTIVITY = Pattern.compile("[a-z]+(?:tion|sion|ing|al)");

    private CompoundMetrics() {}

    /** Replaces, in place, vocabulary matches of a generic measure that an activity noun qualifies. */
    static void widen(AnnotatedText text, List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.section() != text.section() || c.concept() == null || !c.concept().types().contains(EntityType.METRIC)) continue;
            if (!GENERIC_MEASURES.contains(c.concept().prefLabel().toLowerCase(Locale.ROOT))) continue;
            Sentence s = text.sentenceAt(c.start());
            if (s == null) continue;
            Token before = tokenBefore(s, c.start());
            if (before == null || !before.tag().equals("NOUN") || !isActivity(before.text()) || isGerundAfterOpener(s, before)) continue;
            String surface = text.text().substring(before.start(), c.end());
            candidates.set(i, new Candidate(c.section(), before.start(), c.end(), surface, EntityType.METRIC, c.role(), c.confidence(), null, "metric-compound"));
        }
    }

    private static boolean isActivity(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return word.equals(w) && (TypeGuesser.isTaskHead(w) || ACTIVITY.matcher(w).matches() && !w.equals("original") && !w.equals("overall") && !w.equals("total"));
    }

    /** Words after which an -ing word is a gerund acting on the measure: "without compromising accuracy". */
    private static final Set<String> GERUND_OPENERS = Set.of("without", "while", "by", "when", "after", "before", "not");

    private static boolean isGerundAfterOpener(Sentence s, Token word) {
        Token opener = tokenBefore(s, word.start());
        return word.text().endsWith("ing") && opener != null && GERUND_OPENERS.contains(opener.text().toLowerCase(Locale.ROOT));
    }

    private static Token tokenBefore(Sentence s, int start) {
        Token previous = null;
        for (Token t : s.tokens()) {
            if (t.start() >= start) break;
            previous = t;
        }
        return previous != null && previous.end() + 1 == start ? previous : null;
    }
}
