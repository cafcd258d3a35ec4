package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/** Finds vocabulary labels in a text, longest match first, never inside a longer match. */
final class VocabularyMatcher {
    private final Vocabulary vocabulary;

    VocabularyMatcher(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    List<Candidate> find(AnnotatedText text) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int matchedEnd = match(text, tokens, i, out);
                i = matchedEnd > i ? matchedEnd : i + 1;
            }
        }
        return out;
    }

    /** Tries the longest span starting at token i; returns the index after the match, or i. */
    private int match(AnnotatedText text, List<Token> tokens, int i, List<Candidate> out) {
        if (!isWordy(tokens.get(i))) return i;
        String first = Vocabulary.firstWord(EntityKeys.key(tokens.get(i).text()));
        if (!vocabulary.startsSomeLabel(first)) return i;
        int last = Math.min(tokens.size(), i + vocabulary.maxTokens());
        for (int j = last; j > i; j--) {
            if (!isWordy(tokens.get(j - 1))) continue;   // "accuracy," is "accuracy"
            int start = tokens.get(i).start();
            int end = tokens.get(j - 1).end();
            String surface = text.text().substring(start, end);
            VocabularyConcept c = vocabulary.lookup(surface);
            if (c != null) {
                if (!isNominal(surface, tokens, j)) return i;
                out.add(new Candidate(text.section(), start, end, surface, null, null, 0.85, c, "vocabulary"));
                return j;
            }
        }
        return i;
    }

    private static boolean isWordy(Token t) {
        for (int k = 0; k < t.text().length(); k++) if (Character.isLetterOrDigit(t.text().charAt(k))) return true;
        return false;
    }

    /**
     * A common-word label names the entity only as a noun phrase of its own: not as an adjective or
     * verb ("pre-trained model", "boosting accuracy") and not as the modifier of a longer noun
     * ("attention heads" is about heads). Names (capitals inside, digits) are names anywhere.
     */
    private static boolean isNominal(String surface, List<Token> tokens, int end) {
        if (Vocabulary.hasUpperInside(surface) || surface.chars().anyMatch(Character::isDigit)) return true;
        Token lastToken = tokens.get(end - 1);
        if (!lastToken.isNoun() && !lastToken.tag().equals("X")) return false;
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            if (next.isNoun() && !GENERIC_HEADS.contains(next.lemma().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    /** Nouns after a name that only say what kind of thing it is ("Transformer model", "COCO dataset"). */
    static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("model", "method", "approach", "framework", "architecture",
        "network", "algorithm", "technique", "dataset", "benchmark", "corpus", "metric", "score", "system", "module",
        "layer", "variant", "baseline", "paradigm", "setting", "problem", "task", "family", "backbone", "encoder", "decoder");
}
