package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/** Finds vocabulary labels in a text, longest match first, never inside a longer match. */
final class VocabularyMatcher {
    private final Vocabulary vocabulary;
    private final LabelSpans labelSpans;

    VocabularyMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.labelSpans = new LabelSpans(vocabulary.labelKeys());
    }

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
        String tokenKey = EntityKeys.key(tokens.get(i).text());
        String firstWord = Vocabulary.firstWord(tokenKey);
        // A one-word key is its own first word and its own spaceless form: one lookup answers both.
        if (!vocabulary.startsSomeLabel(firstWord)
            && (firstWord.length() == tokenKey.length() || !vocabulary.startsSomeLabel(tokenKey.replace(" ", "")))) return i;
        // Spans that run on past every label are ruled out by their characters, before making their keys.
        int last = labelSpans.lastPossibleEnd(text.text(), tokens, i, Math.min(tokens.size(), i + vocabulary.maxTokens()));
        for (int j = last; j > i; j--) {
            if (!isWordy(tokens.get(j - 1))) continue;   // "accuracy," is "accuracy"
            int start = tokens.get(i).start();
            int end = tokens.get(j - 1).end();
            String surface = text.text().substring(start, end);
            VocabularyConcept c = vocabulary.lookup(surface);
            // "on AMI and Gigaspeech datasets", "the voicebank-demand dataset": the kind word vouches for a dataset's name in any case
            if (c == null && j - i == 1 && datasetWordAfter(tokens, j)) c = vocabulary.lookupAnyCase(surface, EntityType.DATASET);
            if (c != null) {
                boolean metric = c.types().contains(EntityType.METRIC);
                if (!NominalUse.isNominal(surface, text.text(), tokens, i, j, text.section() == org.papergraph.paper.Section.TITLE)
                    && !(metric && MeasureUse.isValueOf(tokens, j))) return i;
                if (metric && !MeasureUse.isMeasure(EntityKeys.key(surface), tokens, i, j)) return i;
                int variantEnd = ModelVariants.suffixEnd(text.text(), end, surface, c);
                if (variantEnd > end) {
                    // "BART-large" is its own model, not BART: the field names sizes as variants.
                    String variant = text.text().substring(start, variantEnd);
                    out.add(new Candidate(text.section(), start, variantEnd, variant, EntityType.METHOD, null, 0.8, null, "vocabulary-variant"));
                    return tokenAfter(tokens, j, variantEnd);
                }
                // "GRU-SVM", "SmoothGrad-Squared", "LoRA-FA": a known name joined to more name is another name, which the
                // name-shape finder takes whole
                int joined = JoinedTokens.lastOfName(text.text(), tokens, i);
                if (joined >= j && NameShapes.isNameLike(surface)) return joined + 1;
                out.add(new Candidate(text.section(), start, end, surface, null, null, 0.85, c, "vocabulary"));
                return j;
            }
        }
        return i;
    }

    private static boolean datasetWordAfter(List<Token> tokens, int j) {
        if (j >= tokens.size()) return false;
        String w = tokens.get(j).lemma().toLowerCase(java.util.Locale.ROOT);
        return w.equals("dataset") || w.equals("corpus") || w.equals("benchmark");
    }

    private static boolean isWordy(Token t) {
        for (int k = 0; k < t.text().length(); k++) if (Character.isLetterOrDigit(t.text().charAt(k))) return true;
        return false;
    }

    /** The token index just after the one that ends at or beyond a character offset. */
    private static int tokenAfter(List<Token> tokens, int from, int offset) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).start() < offset) j++;
        return j;
    }
}
