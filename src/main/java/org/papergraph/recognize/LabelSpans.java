package org.papergraph.recognize;

import java.util.Collection;
import java.util.List;

import org.papergraph.nlp.Token;

/**
 * Which token spans from a start token can name a vocabulary label at all, decided from their
 * characters before any key is made (the matcher made a key for every span up to the longest
 * label at every candidate token, most of it for spans that run on past any label).
 *
 * <p>Why the bound is exact: for a plain ASCII span, {@link EntityKeys#key} keeps the span's
 * non-separator characters, lower-cased, in order, with spaces between words; then it may drop a
 * leading article and change the last word's final 1-3 letters (plural to singular). A lookup by
 * key or by key without spaces finds a label only if that spaceless key is a label's spaceless
 * key. So the span's spaceless characters, less a possible leading article and less the last 3,
 * are a prefix of some label's: a span failing that for every article reading cannot match. Spans
 * with other characters are folded by Unicode normalisation and are never ruled out.
 */
final class LabelSpans {
    /** Leading articles {@link EntityKeys#key} may drop, as the spaceless prefixes a span can start with. */
    private static final String[] ARTICLES = {"", "a", "an", "the"};
    /** Letters the singular of the last word may change at the end ("ies" to "y"). */
    private static final int SINGULAR_SLACK = 3;

    private final CompactKeyTrie trie = new CompactKeyTrie();

    /** The label keys as {@link EntityKeys#key} made them. */
    LabelSpans(Collection<String> labelKeys) {
        for (String key : labelKeys) trie.add(key.replace(" ", ""));
    }

    /**
     * The largest end in (first, last] such that tokens [first, end) may name a label, or first
     * when none may: every span ending after it fails the vocabulary lookup.
     */
    int lastPossibleEnd(String text, List<Token> tokens, int first, int last) {
        int walkers = ARTICLES.length;
        int[] node = new int[walkers];       // trie node of each reading, NONE once it left the trie
        int[] matched = new int[walkers];    // characters each reading matched before it left
        boolean[] possible = new boolean[walkers];   // whether the span can start with that article
        for (int w = 0; w < walkers; w++) possible[w] = true;
        int length = 0;                      // spaceless characters so far
        int best = first;
        int pos = tokens.get(first).start();
        for (int end = first + 1; end <= last; end++) {
            int stop = tokens.get(end - 1).end();
            for (; pos < stop; pos++) {
                char c = text.charAt(pos);
                if (!EntityKeys.isPlainAscii(c)) return last;   // Unicode folding: no bound
                if (EntityKeys.isSeparator(c)) continue;
                char k = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                for (int w = 0; w < walkers; w++) {
                    String article = ARTICLES[w];
                    if (length < article.length()) {
                        if (article.charAt(length) != k) possible[w] = false;
                    } else if (possible[w] && node[w] != CompactKeyTrie.NONE) {
                        node[w] = trie.child(node[w], k);
                        if (node[w] != CompactKeyTrie.NONE) matched[w]++;
                    }
                }
                length++;
            }
            boolean mayMatch = false;
            for (int w = 0; w < walkers; w++)
                if (possible[w] && matched[w] >= length - ARTICLES[w].length() - SINGULAR_SLACK) mayMatch = true;
            if (!mayMatch) break;   // every reading left the trie, and the slack only shrinks as the span grows
            best = end;
        }
        return best;
    }
}
