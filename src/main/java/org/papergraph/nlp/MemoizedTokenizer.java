package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's statistical tokenizer with the same output, made cheap. {@link TokenizerME} cuts the
 * text at whitespace and then asks the model, at every character of every piece, whether to split
 * there; profiling showed that a quarter of a build. The model's features are a function of the
 * piece and the position alone, so the splits of a piece are a pure function of its characters:
 * they are computed once, by the tokenizer itself on the piece alone, and memoized. Words recur
 * (Zipf), so most pieces are answered from the memo. Not thread-safe: one per thread, like the ME
 * tools; the memo is shared.
 */
final class MemoizedTokenizer {
    /** The memo's value for a piece that stays whole. */
    private static final int[] WHOLE = new int[0];

    private final TokenizerME tokenizer;
    private final GenerationalMemo<String, int[]> memo;

    MemoizedTokenizer(TokenizerME tokenizer, GenerationalMemo<String, int[]> memo) {
        this.tokenizer = tokenizer;
        this.memo = memo;
    }

    /** The token spans of a text, as {@link TokenizerME#tokenizePos(String)} gives them. */
    Span[] tokenizePos(String text) {
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(pieces.length + pieces.length / 4);
        for (Span piece : pieces) {
            int start = piece.getStart();
            if (piece.length() < 2) {   // TokenizerME never splits a single character
                out.add(piece);
                continue;
            }
            String word = text.substring(start, piece.getEnd());
            int[] cuts = memo.get(word);
            if (cuts == null) cuts = memo.put(word, cuts(word));
            if (cuts == WHOLE) {
                out.add(piece);
                continue;
            }
            for (int k = 0; k < cuts.length; k += 2) out.add(new Span(start + cuts[k], start + cuts[k + 1]));
        }
        return out.toArray(new Span[0]);
    }

    /** The tokens of one whitespace-free piece as offsets into it, or {@link #WHOLE}. */
    private int[] cuts(String word) {
        Span[] spans = tokenizer.tokenizePos(word);
        if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == word.length()) return WHOLE;
        int[] cuts = new int[spans.length * 2];
        for (int k = 0; k < spans.length; k++) {
            cuts[2 * k] = spans[k].getStart();
            cuts[2 * k + 1] = spans[k].getEnd();
        }
        return cuts;
    }
}
