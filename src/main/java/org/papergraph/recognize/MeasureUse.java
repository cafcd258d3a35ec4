package org.papergraph.recognize;

import java.util.List;
import java.util.Set;

import org.papergraph.nlp.Token;

/**
 * Whether a vocabulary metric label names the measure where it stands. Measure words are also plain
 * English: "at inference time" is a moment, "a large number of tokens" an amount, "numerical
 * precision" a number format, "low memory footprint methods" a kind of method.
 */
final class MeasureUse {
    /** Nouns after a measure that make it a modifier of a kind of thing ("memory footprint methods"). */
    private static final Set<String> KINDS = Set.of("model", "method", "approach", "framework", "architecture",
        "network", "algorithm", "technique", "system", "module", "layer", "variant", "baseline", "paradigm", "strategy");
    /** Words before "precision" that make it the precision of numbers, not the measure. */
    private static final Set<String> NUMBER_FORMATS = Set.of("numerical", "numeric", "floating-point", "floating", "half",
        "mixed", "single", "double", "full", "arbitrary", "machine", "bit", "low-bit", "reduced", "fp16", "fp32", "bf16", "int8");

    private MeasureUse() {}

    /** Whether tokens [first, end) of a sentence, a label of a metric concept, name the measure there. */
    static boolean isMeasure(String key, List<Token> tokens, int first, int end) {
        Token next = end < tokens.size() ? tokens.get(end) : null;
        if (next != null && next.isNoun() && KINDS.contains(lower(next.lemma()))) return false;
        Token before = first > 0 ? tokens.get(first - 1) : null;
        if (before == null) return true;
        // "at inference time", "at runtime", "at less training cost": when or at what price, not how long.
        if ((key.endsWith("time") || key.endsWith("cost")) && atBefore(tokens, first)) return false;
        // "a large number of tokens", "a comparable number of parameters": an amount, not the count a paper reports.
        if (key.startsWith("number of") && (before.isAdjective() || isAttributiveParticiple(tokens, first - 1))) return false;
        return !(key.equals("precision") && NUMBER_FORMATS.contains(lower(before.text())));
    }

    /** Whether the word after a measure asks for its figures ("sensitivity and specificity values", "recall scores"). */
    static boolean isValueOf(List<Token> tokens, int end) {
        if (end >= tokens.size()) return false;
        String w = lower(tokens.get(end).lemma());
        return tokens.get(end).isNoun() && (w.equals("value") || w.equals("score") || w.equals("figure"));
    }

    /** "the dramatically increased number of parameters": a participle between a determiner (or adverb) and the phrase. */
    private static boolean isAttributiveParticiple(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = lower(t.text());
        if (!t.isVerb() || !(w.endsWith("ed") || w.endsWith("ing")) || i == 0) return false;
        Token b = tokens.get(i - 1);
        return b.tag().equals("DET") || b.tag().equals("ADV");
    }

    /** Whether "at" opens the phrase, perhaps with a determiner or an adjective between ("at less training cost"). */
    private static boolean atBefore(List<Token> tokens, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            Token t = tokens.get(i);
            if (lower(t.text()).equals("at")) return true;
            if (!t.isAdjective() && !t.tag().equals("DET") && !lower(t.text()).equals("less")) return false;
        }
        return false;
    }

    private static String lower(String s) { return s.toLowerCase(java.util.Locale.ROOT); }
}
