package org.papergraph.nlp;

import java.util.Arrays;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * The full stop that ends a sentence, as a token of its own. The English tokenizer model leaves it on a
 * capitalised last word it takes for an abbreviation ("... a linear layer in UniFD.", "... model TF-GridNet."),
 * which hides the name from everything downstream; real abbreviations keep their stop.
 */
final class FinalStop {
    /** Abbreviations that end sentences with their own stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("etc", "al", "vs", "cf", "fig", "eq", "no", "resp", "approx", "ibid");

    private FinalStop() {}

    /** The spans with the last one's final stop split off, when it is a word's and not an abbreviation's. */
    static Span[] detach(Span[] spans, String sentence) {
        if (spans.length == 0) return spans;
        Span last = spans[spans.length - 1];
        String word = sentence.substring(last.getStart(), last.getEnd());
        if (word.length() < 3 || !word.endsWith(".")) return spans;
        String stem = word.substring(0, word.length() - 1);
        // "e.g.", "U.S.", "J.": stops inside or a single letter mark an abbreviation
        if (stem.indexOf('.') >= 0 || stem.length() < 2 || ABBREVIATIONS.contains(stem.toLowerCase(java.util.Locale.ROOT))) return spans;
        Span[] out = Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }
}
