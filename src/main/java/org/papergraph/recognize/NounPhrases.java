package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Noun phrases of a sentence from its UD tags: adjectives, nouns, numbers and participles, hyphenated
 * compounds kept whole ("retraining-free structured pruning framework"), ending in a noun, without
 * the evaluative words a paper puts before its own work ("a novel, simple ...").
 */
final class NounPhrases {
    /** A phrase: token indices [first, end) in its sentence and character offsets in the section text. */
    record Phrase(int first, int end, int start, int endOffset, String text, String headLemma) {}

    /** Words that praise or count rather than name: dropped from the front of a phrase. */
    static final Set<String> EVALUATIVE = Set.of("novel", "new", "additional", "extra", "extensible", "simple", "effective", "efficient", "innovative", "general",
        "unified", "robust", "first", "proposed", "powerful", "lightweight", "generic", "principled", "flexible", "scalable",
        "straightforward", "various", "different", "several", "many", "multiple", "existing", "such", "other", "same",
        "specific", "particular", "certain", "previous", "prior", "current", "recent", "standard", "typical", "large",
        "small", "key", "main", "important", "significant", "strong", "better", "best", "high", "low", "most", "more",
        "dedicated", "practical", "comprehensive", "extensive", "systematic", "thorough", "careful", "detailed", "generalizable");

    /** Participles that introduce a name or a basis rather than modify a noun ("a method called X"). */
    static final Set<String> NAMING = Set.of("call", "name", "dub", "term", "coin", "denote", "base", "use", "propose", "refer");

    private NounPhrases() {}

    /** This thread's phrases of the sentences it asked about last: several finders ask for the same sentence's phrases. */
    private static final ThreadLocal<PhraseMemo> MEMO = ThreadLocal.withInitial(PhraseMemo::new);

    /** The maximal noun phrases of a sentence, left to right (an unmodifiable list). */
    static List<Phrase> of(Sentence s, String sectionText) {
        return MEMO.get().phrases(s, sectionText);
    }

    /**
     * A small table of sentences (by identity, with their section text) and their phrases. Both are
     * immutable, so an entry is the phrases that a fresh computation would give; a miss computes them.
     */
    private static final class PhraseMemo {
        private static final int SLOTS = 64;   // a power of two, several abstracts' sentences
        private final Sentence[] sentences = new Sentence[SLOTS];
        private final String[] texts = new String[SLOTS];
        @SuppressWarnings("unchecked")
        private final List<Phrase>[] phrases = new List[SLOTS];

        List<Phrase> phrases(Sentence s, String sectionText) {
            int slot = System.identityHashCode(s) & (SLOTS - 1);
            if (sentences[slot] != s || texts[slot] != sectionText) {
                phrases[slot] = Collections.unmodifiableList(compute(s, sectionText));
                sentences[slot] = s;
                texts[slot] = sectionText;
            }
            return phrases[slot];
        }
    }

    private static List<Phrase> compute(Sentence s, String sectionText) {
        List<Token> t = s.tokens();
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!part(t, i)) { i++; continue; }
            int j = i;
            while (j < t.size() && (part(t, j) || joiningHyphen(t, j))) j++;
            Phrase p = trimmed(t, i, j, sectionText);
            if (p != null) out.add(p);
            i = j;
        }
        return out;
    }

    /** The phrase that starts at token i or right after determiners and evaluative words, or null. */
    static Phrase startingNear(Sentence s, String sectionText, int i) {
        List<Token> t = s.tokens();
        while (i < t.size() && (t.get(i).tag().equals("DET") || t.get(i).tag().equals("PRON") && t.get(i).lemma().equals("our")
            || EVALUATIVE.contains(lower(t.get(i))) || t.get(i).text().equals(",") || t.get(i).tag().equals("CCONJ")
            || t.get(i).tag().equals("ADV"))) i++;
        if (i >= t.size() || !part(t, i)) return null;
        int j = i;
        while (j < t.size() && (part(t, j) || joiningHyphen(t, j))) j++;
        return trimmed(t, i, j, sectionText);
    }

    private static Phrase trimmed(List<Token> t, int i, int j, String sectionText) {
        while (i < j && (EVALUATIVE.contains(lower(t.get(i))) || t.get(i).isNumber() || joiningHyphen(t, i))) {
            // "large-scale", "fine-grained": an evaluative word takes its hyphenated partner with it
            if (i + 2 < j && joiningHyphen(t, i + 1) && EVALUATIVE.contains(lower(t.get(i)))) i += 2;
            i++;
        }
        while (j > i && !(t.get(j - 1).isNoun())) j--;
        if (i >= j) return null;
        int start = t.get(i).start(), end = t.get(j - 1).end();
        return new Phrase(i, j, start, end, sectionText.substring(start, end), lower(t.get(j - 1)));
    }

    private static boolean part(List<Token> t, int i) {
        Token k = t.get(i);
        boolean word = Character.isLetterOrDigit(k.text().charAt(0));
        if (word && (i + 1 < t.size() && joiningHyphen(t, i + 1) || i > 0 && joiningHyphen(t, i - 1))) return true;
        if (k.isNoun() || k.isAdjective() || k.isNumber()) return Character.isLetterOrDigit(k.text().charAt(0));
        if (k.tag().equals("VERB") && (k.text().endsWith("ed") || k.text().endsWith("ing")) && !NAMING.contains(lower(k)))
            return i + 1 < t.size() && (t.get(i + 1).isNoun() || t.get(i + 1).isAdjective() || joiningHyphen(t, i + 1));
        return false;
    }

    /** A hyphen with no space on either side, between two phrase words. */
    static boolean joiningHyphen(List<Token> t, int i) {
        Token k = t.get(i);
        if (!k.text().equals("-") || i == 0 || i + 1 >= t.size()) return false;
        return t.get(i - 1).end() == k.start() && t.get(i + 1).start() == k.end();
    }

    static String lower(Token k) { return k.lemma().toLowerCase(Locale.ROOT); }

    /** Whether a word list holds the token as written or as lemmatized: title case can change the lemma ("Better" -> "good"). */
    static boolean listsEitherForm(Set<String> words, Token k) {
        return words.contains(lower(k)) || words.contains(k.text().toLowerCase(Locale.ROOT));
    }
}
