package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.Token;

/**
 * Where a name begins and ends around a proposal phrase, decided from the tokens alone. A participle such as "called"
 * or "dubbed" introduces a name, "based" or "using" only a basis; a name may follow a described kind after a naming
 * participle or between commas, in which case the description is only the name's kind; describing words are counted
 * per hyphenated compound, and lower-case describing words before a name-shaped word keep the phrase a description.
 * The proposal finders ask these questions so that they emit the name rather than its description, or neither.
 */
final class NameBoundaries {
    /** Naming participles by their form too: the lemmatizer does not always undo the doubled consonant ("dubbed" -> "dubb"). */
    private static final Set<String> NAMING_FORMS = Set.of("called", "named", "dubbed", "termed", "coined", "denoted", "referred");

    private NameBoundaries() {}

    /** A participle that introduces a name or a basis ("called", "dubbed", "based"). */
    static boolean naming(Token k) {
        return NounPhrases.NAMING.contains(NounPhrases.lower(k)) || NAMING_FORMS.contains(k.text().toLowerCase(Locale.ROOT));
    }

    /** "based on", "using": a participle that introduces what the artefact builds on, not its name. */
    static boolean basis(Token participle) {
        String w = NounPhrases.lower(participle);
        return w.equals("base") || w.equals("use");
    }

    /**
     * "a visual representation called the strategic cluster graph": a description followed by the name given to it is only
     * the artefact's kind; the name after the naming verb ({@link NamingPhrases}) is the artefact.
     */
    static boolean nameFollows(List<Token> t, int after) {
        if (after < t.size() && t.get(after).text().equals("(")) after++;   // "retrieval oriented masking (dubbed as ROM) strategy"
        if (after + 1 < t.size() && t.get(after).text().equalsIgnoreCase("dubbed") && t.get(after + 1).text().equals("as")) after++;
        if (after + 1 >= t.size() || !Set.of("called", "named", "dubbed", "termed", "as").contains(t.get(after).text().toLowerCase(Locale.ROOT))) return false;
        String next = t.get(after + 1).text();
        return next.equalsIgnoreCase("the") || next.equals("\"") || next.equals("“") || next.equals("``") || Character.isUpperCase(next.charAt(0));
    }

    /**
     * "a new auxiliary loss function, aux_zipf_loss, which": a description followed by a name between commas is only the kind of
     * the named artefact ({@link NamingPhrases} takes the name); a code identifier is a name too.
     */
    static boolean nameInApposition(List<Token> t, int after) {
        if (after + 2 >= t.size() || !t.get(after).text().equals(",")) return false;
        String n = t.get(after + 1).text(), next = t.get(after + 2).text();
        if ((NameShapes.isNameLike(n) || IDENTIFIER.matcher(n).matches()) && (next.equals(",") || next.equals("(") || next.equals("."))) return true;
        // "a novel sample-wise confidence score, the Joint Model-Data Structure (JMDS) score": a title-case name with its acronym
        int j = after + 1;
        if (t.get(j).text().equals("the")) j++;
        int from = j;
        while (j < t.size() && j < from + 6 && (Character.isUpperCase(t.get(j).text().charAt(0)) || t.get(j).text().startsWith("-"))) j++;
        return j - from >= 2 && j + 2 < t.size() && t.get(j).text().equals("(") && AcronymFinder.isShortForm(t.get(j + 1).text());
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+");

    /** Describing words in tokens [from, to): a hyphenated compound counts once, evaluative words not at all ("large-scale"). */
    static int describingWords(List<Token> t, int from, int to) {
        int n = 0;
        boolean counted = false;   // whether the compound at hand has counted ("novel-object" counts for "object")
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(t.get(i).text().charAt(0))) continue;
            if (!(i > from && hyphenJoined(t, i))) counted = false;
            if (counted || NounPhrases.EVALUATIVE.contains(NounPhrases.lower(t.get(i)))) continue;
            n++;
            counted = true;
        }
        return n;
    }

    /** "MLLM-derived", "graph-based": a participle glued by a hyphen to the word before it, ending at token {@code i}. */
    static boolean participleCompound(List<Token> t, int i) {
        String w = t.get(i).text();
        return i > 0 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0)) && hyphenJoined(t, i);
    }

    /** The second part of a hyphenated compound: after "-", or glued to a part the tokenizer cut with its hyphen ("large-" "scale"). */
    private static boolean hyphenJoined(List<Token> t, int i) {
        Token before = t.get(i - 1);
        return before.text().equals("-") || before.text().endsWith("-") && before.end() == t.get(i).start();
    }

    /** Whether a lower-case describing word (not an evaluative one) comes before the name at {@code name}. */
    static boolean describedName(List<Token> t, int from, int name) {
        for (int i = from; i < name; i++) {
            String w = t.get(i).text();
            if (Character.isLowerCase(w.charAt(0)) && !NounPhrases.EVALUATIVE.contains(NounPhrases.lower(t.get(i)))
                && !(i > from && t.get(i - 1).text().equals("-"))) return true;
        }
        return false;
    }

    /** Capitalised words before the kind make a name ("DeepAuto Group Transformer module"). */
    static boolean titleCase(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isUpperCase(t.get(i).text().charAt(0)) && !t.get(i).text().equals("-")) return false;
        return true;
    }

    /** Every token in [from, to) is name-shaped ("SegFace", "MP-GUI"). */
    static boolean allNames(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) if (!NameShapes.isNameLike(t.get(i).text())) return false;
        return true;
    }

    /** The ")" closing a parenthesis at {@code open} around one word, which the tokenizer may have cut ("(" "CoWA-" "JMDS" ")"); else -1. */
    static int closingParenthesis(List<Token> t, int open) {
        for (int c = open + 2; c < t.size() && c <= open + 4; c++) {
            if (t.get(c).text().equals(")")) return c;
            if (t.get(c).start() != t.get(c - 1).end()) return -1;
        }
        return -1;
    }
}
