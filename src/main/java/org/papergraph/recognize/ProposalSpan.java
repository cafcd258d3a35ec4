package org.papergraph.recognize;

import java.util.List;

import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * The artefact phrase after a proposal or naming word. Like a noun phrase, but it trusts the shape of
 * the words over the tagger, which often tags a kind word or a capitalised name word as a verb
 * ("a selective attention module/VERB", "Attention Lens/VERB").
 */
final class ProposalSpan {
    /** Counts say how many artefacts, not which ("three new ingredients"). */
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "both", "each", "every", "some", "all", "few", "a", "an", "the");

    private ProposalSpan() {}

    /** The artefact phrase starting at token i or right after determiners, quotes and evaluative words, or null. */
    static NounPhrases.Phrase startingNear(Sentence s, String sectionText, int i) {
        List<Token> t = s.tokens();
        // "we construct and release Retro-Misconceptions": a second verb joined to the first is no word of the artefact
        if (i + 1 < t.size() && t.get(i).text().equals("and") && t.get(i + 1).tag().equals("VERB")) i += 2;
        while (i < t.size() && skippable(t.get(i)) && !adverbModifier(t, i) && !nameOpening(t, i) && !evaluativeCompound(t, i)) i++;
        if (i >= t.size() || !word(t, i, i)) return null;
        int j = i;
        while (j < t.size() && (word(t, j, i) || NounPhrases.joiningHyphen(t, j)) && !clauseAfterKind(t, j, i) && !verbOfTheClause(t, j, i)) j++;
        // The phrase ends in a noun, a kind word or a capitalised name word.
        while (j > i && !(t.get(j - 1).isNoun() || ArtefactKinds.kind(t.get(j - 1)) || suffix(t, j - 1) || capitalised(t, j - 1, i) || nominalGerund(t, j - 1, i))) j--;
        while (i < j && (NounPhrases.EVALUATIVE.contains(NounPhrases.lower(t.get(i))) && !nameOpening(t, i) && !evaluativeCompound(t, i)
            || NounPhrases.joiningHyphen(t, i))) i++;
        if (i >= j) return null;
        int start = t.get(i).start(), end = t.get(j - 1).end();
        while (end > start + 1 && sectionText.charAt(end - 1) == '\'') end--;   // "smoothness''": a LaTeX closing quote glued to the word
        return new NounPhrases.Phrase(i, j, start, end, sectionText.substring(start, end), NounPhrases.lower(t.get(j - 1)));
    }

    /** What can open the object of a verb: a count, a determiner, an infinitive's "to". */
    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("a", "an", "the", "to", "two", "three", "four", "five",
        "several", "multiple", "our", "its", "their", "each", "all", "both");

    /**
     * "the proposed ensemble model adapts three pre-trained CNNs", "the proposed method design permits to switch off ...":
     * the tagger may take the clause's verb for a plural noun; a lower-case word in -s right after a kind word and
     * before what opens an object is that verb, not a word of the artefact.
     */
    private static boolean verbOfTheClause(List<Token> t, int j, int from) {
        if (j <= from || j + 1 >= t.size() || !ArtefactKinds.kind(t.get(j - 1))) return false;
        String w = t.get(j).text();
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0))
            && OBJECT_OPENERS.contains(NounPhrases.lower(t.get(j + 1)));
    }

    /**
     * "we propose Efficient Coarse-to-Fine LayerWise Pruning (ECoFLaP)": inside a sentence, a capitalised evaluative word
     * before another capitalised word opens a name; it is part of the name, not praise of it.
     */
    private static boolean nameOpening(List<Token> t, int i) {
        return i > 0 && i + 1 < t.size() && Character.isUpperCase(t.get(i).text().charAt(0)) && Character.isUpperCase(t.get(i + 1).text().charAt(0))
            && NounPhrases.EVALUATIVE.contains(NounPhrases.lower(t.get(i)));
    }

    /** "a novel-object recognition dataset": an evaluative word glued by a hyphen to the next word is part of a compound. */
    private static boolean evaluativeCompound(List<Token> t, int i) {
        return i + 2 < t.size() && NounPhrases.EVALUATIVE.contains(NounPhrases.lower(t.get(i))) && NounPhrases.joiningHyphen(t, i + 1);
    }

    private static final java.util.regex.Pattern NOMINAL_SUFFIX = java.util.regex.Pattern.compile("[a-z]{3,}(?:ance|ence|ment|tion|sion|ity|ness)");

    /** "a Taylor expansion-based importance/PRON score": pronouns are a closed class, so a long nominal word tagged one is a noun. */
    private static boolean mistaggedNominal(Token k) {
        return (k.tag().equals("ADV") || k.tag().equals("ADP") || k.tag().equals("PRON")) && NOMINAL_SUFFIX.matcher(k.text()).matches();
    }

    /** The English adpositions, a closed class. */
    private static final java.util.Set<String> ADPOSITIONS = java.util.Set.of("of", "in", "on", "at", "by", "for", "with", "from", "to",
        "into", "onto", "upon", "over", "under", "about", "above", "below", "across", "after", "before", "against", "along", "among",
        "around", "as", "behind", "beside", "besides", "between", "beyond", "despite", "during", "except", "inside", "near", "off",
        "out", "outside", "per", "since", "than", "through", "throughout", "toward", "towards", "unlike", "until", "via", "within",
        "without", "like", "amid", "amongst", "whereas", "while", "whether", "if", "because", "although", "though", "unless", "once",
        "so", "that", "up", "down", "versus", "vs", "plus", "including", "regarding", "following", "given", "based", "due");

    /** "an effective token/ADP fusion module": a word tagged an adposition that is none, before a noun, is a noun. */
    private static boolean mistaggedAdposition(List<Token> t, int i) {
        Token k = t.get(i);
        return k.tag().equals("ADP") && i + 1 < t.size() && t.get(i + 1).isNoun() && Character.isLowerCase(k.text().charAt(0))
            && !ADPOSITIONS.contains(k.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The English coordinating conjunctions, a closed class. */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "or", "but", "nor", "yet", "so", "either", "neither",
        "both", "plus", "&");

    /** "alternative retrieval oriented/CCONJ masking": inside a phrase, a word tagged a conjunction that is none, before a noun, is a modifier. */
    private static boolean mistaggedConjunction(List<Token> t, int i, int first) {
        Token k = t.get(i);
        return i > first && k.tag().equals("CCONJ") && i + 1 < t.size() && t.get(i + 1).isNoun() && Character.isLetter(k.text().charAt(0))
            && !CONJUNCTIONS.contains(k.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** "a hierarchically structured Transformer encoder": an -ly adverb before a participle and a noun is part of the description. */
    private static boolean adverbModifier(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i).tag().equals("ADV") || !t.get(i).text().endsWith("ly")) return false;
        Token participle = t.get(i + 1);
        return participle.text().endsWith("ed") && (participle.tag().equals("VERB") || participle.isAdjective())
            && (t.get(i + 2).isNoun() || t.get(i + 2).isAdjective() || Character.isUpperCase(t.get(i + 2).text().charAt(0)));
    }

    /**
     * "we introduce subgroup processing in our model", "the path pruning and ...": a gerund after a noun, with no object
     * after it, names an activity; the tagger calls it a verb.
     */
    private static boolean nominalGerund(List<Token> t, int i, int first) {
        Token k = t.get(i);
        if (i <= first || !k.tag().equals("VERB") || !k.text().endsWith("ing") || !t.get(i - 1).isNoun() || ArtefactKinds.kind(t.get(i - 1))) return false;
        if (i + 1 >= t.size()) return true;
        Token next = t.get(i + 1);
        return !(next.tag().equals("DET") || next.isNoun() || next.isAdjective() || next.tag().equals("PRON") || next.tag().equals("NUM"));
    }

    /**
     * "a test set containing images", "split dense blocks extracting spatial features": a participle right after a kind
     * word or a plural noun opens a clause about the artefact.
     */
    private static boolean clauseAfterKind(List<Token> t, int j, int first) {
        Token k = t.get(j), before = j > first ? t.get(j - 1) : null;
        return before != null && k.tag().equals("VERB") && (k.text().endsWith("ing") || k.text().endsWith("ed"))
            && (ArtefactKinds.kind(before) || before.isNoun() && !before.text().equalsIgnoreCase(before.lemma()));
    }

    private static boolean skippable(Token k) {
        String w = k.text();
        return k.tag().equals("DET") || k.isNumber() || NUMBER_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.equalsIgnoreCase("our") || w.equals("it") || w.equals("them") || NounPhrases.EVALUATIVE.contains(NounPhrases.lower(k))
            || w.equals(",") || w.equals("``") || w.equals("`") || w.equals("\"") || w.equals("“") || w.equals("'") || k.tag().equals("CCONJ")
            || k.tag().equals("ADV") && !Character.isUpperCase(w.charAt(0))
            || w.equalsIgnoreCase("yet");   // "a simple yet/NOUN effective token fusion module": the tagger calls it a noun
    }

    private static boolean word(List<Token> t, int i, int first) {
        Token k = t.get(i);
        if (suffix(t, i) && i > first) return true;
        if (!Character.isLetterOrDigit(k.text().charAt(0))) return false;
        if (i + 1 < t.size() && NounPhrases.joiningHyphen(t, i + 1) || i > 0 && NounPhrases.joiningHyphen(t, i - 1)) return true;
        if (k.isNoun() || k.isAdjective() || k.isNumber() || k.tag().equals("X") || ArtefactKinds.kind(k) || capitalised(t, i, first) || nominalGerund(t, i, first)
            || adverbModifier(t, i) || mistaggedNominal(k) || mistaggedAdposition(t, i) || mistaggedConjunction(t, i, first)) return true;
        // "the proposed split/VERB dense blocks": a bare verb opening the phrase before its nouns is a mistagged modifier.
        if (i == first && k.tag().equals("VERB") && Character.isLowerCase(k.text().charAt(0)) && i + 1 < t.size()
            && (t.get(i + 1).isNoun() || t.get(i + 1).isAdjective()) && !NameBoundaries.naming(k)) return true;
        // A participle modifies the next word ("learned transformations"), but "called" or "based" introduces something else.
        if (k.tag().equals("VERB") && (k.text().endsWith("ed") || k.text().endsWith("ing")) && !NameBoundaries.naming(k))
            return i + 1 < t.size() && (t.get(i + 1).isNoun() || t.get(i + 1).isAdjective() || NounPhrases.joiningHyphen(t, i + 1));
        return false;
    }

    /** A capitalised word inside a name ("Attention Lens"), not a function word. */
    private static boolean capitalised(List<Token> t, int i, int first) {
        Token k = t.get(i);
        String tag = k.tag();
        return Character.isUpperCase(k.text().charAt(0)) && (i > first || i > 0)
            && !(tag.equals("ADP") || tag.equals("DET") || tag.equals("PRON") || tag.equals("CCONJ") || tag.equals("AUX") || tag.equals("PART"));
    }

    /** A hyphenated ending the tokenizer split off a name ("DeFTAN" "-II"). */
    private static boolean suffix(List<Token> t, int i) {
        String w = t.get(i).text();
        return i > 0 && w.length() > 1 && w.charAt(0) == '-' && Character.isLetterOrDigit(w.charAt(1)) && t.get(i - 1).end() == t.get(i).start();
    }
}
