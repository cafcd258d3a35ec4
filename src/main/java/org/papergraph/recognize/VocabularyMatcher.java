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
        String first = Vocabulary.firstWord(EntityKeys.key(tokens.get(i).text()));
        if (!vocabulary.startsSomeLabel(first)) return i;
        int last = Math.min(tokens.size(), i + vocabulary.maxTokens());
        for (int j = last; j > i; j--) {
            int start = tokens.get(i).start();
            int end = tokens.get(j - 1).end();
            String surface = text.text().substring(start, end);
            VocabularyConcept c = vocabulary.lookup(surface);
            if (c != null) {
                out.add(new Candidate(text.section(), start, end, surface, null, null, 0.85, c, "vocabulary"));
                return j;
            }
        }
        return i;
    }
}
