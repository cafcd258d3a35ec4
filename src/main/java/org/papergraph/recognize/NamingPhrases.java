package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Names a paper gives what it proposes, where the name is plain words rather than a name-shaped token:
 * "we propose a new pooling strategy, Multi-Layers Trainable Pooling, which ...", "by introducing Feature
 * Vectors, a new global interpretability method", "a novel algorithm, dubbed Curriculum Designer (CD)",
 * "a visual representation called the strategic cluster graph", "we propose Telly to ...". Capital
 * letters or quotes mark the words as a name; the proposal verb (or the naming verb) says whose it is.
 */
final class NamingPhrases {
    private static final Set<String> PROPOSAL_VERBS = Set.of("propose", "introduce", "present", "develop", "design", "devise",
        "construct", "build", "create", "release", "contribute", "offer");
    private static final Set<String> NAMING_VERBS = Set.of("called", "dubbed", "named", "termed", "coined");
    private static final Set<String> SUBJECTS = Set.of("we", "paper", "work", "i", "by");
    /** What may follow a name: the end of the phrase it names. */
    private static final Set<String> NAME_END = Set.of(",", ".", ";", ":", "(", "which", "that", "to", "for", "and", "with", "in", "on");
    /** What closes plain words after a naming verb: punctuation or a word opening a clause ("trivial prototypes because ..."). */
    private static final Set<String> PLAIN_END = Set.of(".", ",", ":", ";", "because", "since", "which", "that", "where", "when", "while");
    /** Heads of what a paper names but does not build ("termed the scalable oversight problem"). */
    private static final Set<String> PROBLEM = Set.of("problem", "question", "issue", "phenomenon", "challenge", "task");
    private static final Set<String> OPEN_QUOTE = Set.of("\"", "“", "``", "'", "‘");
    private static final Set<String> CLOSE_QUOTE = Set.of("\"", "”", "''", "'", "’");

    private NamingPhrases() {}

    static void find(AnnotatedText text, Vocabulary vocabulary, List<Candidate> out) {
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            boolean proposing = false;
            for (int k = 0; k < t.size(); k++) {
                boolean verb = proposalVerb(t, k);
                proposing |= verb;
                if (openQuote(t, k) && (proposing || newBefore(t, k))) quotedProposal(text, t, k, vocabulary, null, out);
                else if (openQuote(t, k) && regardedAs(t, k)) quotedProposal(text, t, k, vocabulary, EntityType.CONCEPT, out);
                if (proposing && k + 1 < t.size() && t.get(k).isNoun() && kind(t.get(k)) != null) kindThenName(text, t, k, vocabulary, out);
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (NAMING_VERBS.contains(w) && k > 0 && !t.get(k - 1).text().equalsIgnoreCase("been") || referTo(t, k)) {
                    if (observed(t, k)) observedNamed(text, t, k, vocabulary, out);
                    else named(text, t, k, vocabulary, out);
                }
                else if (verb) proposed(text, t, k + 1, vocabulary, out);
            }
        }
    }

    /**
     * "a set of training prototypes, which we refer to as trivial prototypes": a name whose head repeats a noun just before the
     * naming verb sorts things the text already has into a class, a notion; "transformations called lenses" names a new device.
     */
    private static boolean renamesKind(List<Token> t, int verb, Token head) {
        for (int i = Math.max(0, verb - 8); i < verb; i++)
            if (t.get(i).isNoun() && t.get(i).lemma().equalsIgnoreCase(head.lemma())) return true;
        return false;
    }

    private static final Set<String> OBSERVING = Set.of("reveal", "observe", "discover", "uncover", "notice", "find");

    /** "We reveal a type of circuit, called ...": the paper names something it found, not something it built. */
    private static boolean observed(List<Token> t, int verb) {
        for (int i = 1; i < verb; i++)
            if (t.get(i - 1).text().equalsIgnoreCase("we") && t.get(i).isVerb() && OBSERVING.contains(NounPhrases.lower(t.get(i)))) return true;
        return false;
    }

    /** The name given to what the paper found is a concept it studies. */
    private static void observedNamed(AnnotatedText text, List<Token> t, int verb, Vocabulary vocabulary, List<Candidate> out) {
        List<Candidate> named = new java.util.ArrayList<>();
        named(text, t, verb, vocabulary, named);
        for (Candidate c : named)
            out.add(new Candidate(c.section(), c.start(), c.end(), c.surface(), EntityType.CONCEPT, Role.STUDIES, c.confidence(), null, "named-observed"));
    }

    /**
     * "which we refer to as trivial prototypes": "to" of "we refer to as" stands for a naming participle. Only in the paper's own
     * statement (with "we", "this work"): "is thought
     * to cause ..., referred to as the "surface form competition" (SFC) hypothesis" cites a name others gave.
     */
    private static boolean referTo(List<Token> t, int k) {
        if (k < 2 || k + 1 >= t.size() || !t.get(k).text().equals("to") || !t.get(k + 1).text().equals("as")
            || !t.get(k - 1).text().toLowerCase(Locale.ROOT).startsWith("refer")) return false;
        for (int i = 0; i < k - 1; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            // "this work introduces a novel ... architecture ..., referred to as ANDHRA."
            if (w.equals("we") || i > 0 && (w.equals("work") || w.equals("paper")) && t.get(i - 1).text().equalsIgnoreCase("this")) return true;
        }
        return false;
    }

    /** Every inflected form of the proposal verbs ("proposes", "introduced", "devising", "built"): one set lookup a token. */
    private static final Set<String> PROPOSAL_FORMS = inflections(PROPOSAL_VERBS);

    private static Set<String> inflections(Set<String> verbs) {
        Set<String> forms = new java.util.HashSet<>();
        for (String v : verbs) {
            boolean e = v.endsWith("e");
            forms.addAll(List.of(v, v + "s", e ? v + "d" : v + "ed", (e ? v.substring(0, v.length() - 1) : v) + "ing"));
        }
        forms.add("built");
        return Set.copyOf(forms);
    }

    /** "propose", "introducing", "we develop": a proposal verb whose subject is the paper (or "by introducing"). */
    private static boolean proposalVerb(List<Token> t, int k) {
        if (!PROPOSAL_FORMS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) return false;
        for (int i = Math.max(0, k - 3); i < k; i++) if (SUBJECTS.contains(t.get(i).text().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** After "called / dubbed ...": a quoted phrase, a capitalised run, or "the" and a described phrase. */
    private static void named(AnnotatedText text, List<Token> t, int verb, Vocabulary vocabulary, List<Candidate> out) {
        EntityType kind = kindBefore(t, verb);
        int i = verb + 1;
        if (i < t.size() && t.get(i).text().equalsIgnoreCase("as")) i++;
        boolean the = i < t.size() && t.get(i).text().equalsIgnoreCase("the");
        if (the) i++;
        if (i >= t.size()) return;
        int end = quoted(t, i);
        if (end > 0) {
            int last = end;   // "called "clustering heads,"": the comma is the sentence's
            while (last > i + 1 && !Character.isLetterOrDigit(t.get(last - 1).text().charAt(0))) last--;
            if (last > i + 1) emit(text, t, i + 1, last, vocabulary, kind, "named-quoted", out);
            return;
        }
        end = capitalisedRun(t, i);
        if (end > i && (end - i >= 2 || NameShapes.isNameLike(joined(text, t, i, end)) || Character.isDigit(t.get(i).text().charAt(0)))) {
            emit(text, t, i, end, vocabulary, kind, "named-run", out);
            return;
        }
        if (!the) {
            // "a so-called cross-task evaluation:", "transformations called lenses.": up to three plain words closed by punctuation
            int e = i;
            while (e < t.size() && e < i + 3 && Character.isLowerCase(t.get(e).text().charAt(0)) && (t.get(e).isNoun() || t.get(e).isAdjective() || t.get(e).text().equals("-"))) e++;
            if (e > i && t.get(e - 1).isNoun() && e < t.size() && PLAIN_END.contains(t.get(e).text().toLowerCase(Locale.ROOT))
                && !PROBLEM.contains(NounPhrases.lower(t.get(e - 1)))) {
                emit(text, t, i, e, vocabulary, kind == null && renamesKind(t, verb, t.get(e - 1)) ? EntityType.CONCEPT : kind, "named-plain", out);
            }
            return;
        }
        // "called the strategic cluster graph": a described phrase up to the next function word
        int e = i;
        while (e < t.size() && (t.get(e).isNoun() || t.get(e).isAdjective() || t.get(e).text().equals("-"))) e++;
        if (e - i >= 2 && t.get(e - 1).isNoun() && !PROBLEM.contains(NounPhrases.lower(t.get(e - 1)))
            && (e == t.size() || NAME_END.contains(t.get(e).text().toLowerCase(Locale.ROOT))))
            emit(text, t, i, e, vocabulary, kind, "named-phrase", out);
    }

    /** After a proposal verb: a capitalised run in apposition with a kind, or a capitalised name ending the phrase. */
    private static void proposed(AnnotatedText text, List<Token> t, int i, Vocabulary vocabulary, List<Candidate> out) {
        // "We propose two methods for approximating ..., attention rollout and attention flow, as ...": a counted kind, then its items
        if (i + 1 < t.size() && COUNTS.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            String counted = kind(t.get(i + 1)) != null ? kind(t.get(i + 1)) : i + 2 < t.size() ? kind(t.get(i + 2)) : null;
            int comma = i + 2;
            while (comma < t.size() && comma < i + 16 && !t.get(comma).text().equals(",") && !t.get(comma).text().equals(".")) comma++;
            if (counted != null && comma < t.size() && t.get(comma).text().equals(",")
                && plainPair(text, t, comma + 1, vocabulary, ArtefactKinds.typeOfHead(counted), out)) return;
        }
        // "we propose Telly to ...", "introducing Feature Vectors, a new ... method"
        int end = capitalisedRun(t, i);
        if (end > i && end < t.size() && NAME_END.contains(t.get(end).text().toLowerCase(Locale.ROOT))) {
            boolean apposition = t.get(end).text().equals(",") && end + 1 < t.size()
                && (t.get(end + 1).text().equalsIgnoreCase("a") || t.get(end + 1).text().equalsIgnoreCase("an"));
            if (apposition || end - i == 1 && !t.get(end).text().equals(",")) {
                emit(text, t, i, end, vocabulary, apposition ? TypeGuesser.fromApposition(text.text().substring(t.get(end - 1).end())) : null,
                    "propose-capitalised", out);
                return;
            }
        }
        // "a new pooling strategy, Multi-Layers Trainable Pooling, which": the kind, then its name
        int k = i;
        String kind = null;   // "a unified framework for interpreting predictions, SHAP (...)": the phrase's kind, then its name
        while (k < t.size() && k < i + 8 && !t.get(k).text().equals(",")
            && !(t.get(k).isVerb() && kind(t.get(k)) == null && !(t.get(k).text().endsWith("ing") && t.get(k - 1).text().equals("for")))) {
            if (kind == null && t.get(k).isNoun()) kind = kind(t.get(k));
            k++;
        }
        if (k >= t.size() || !t.get(k).text().equals(",") || k == i) return;
        if (kind(t.get(k - 1)) != null) kind = kind(t.get(k - 1));
        if (kind == null) return;
        EntityType type = ArtefactKinds.typeOfHead(kind);
        // "two novel SAE variants, Feature Choice SAEs and Mutual Choice SAEs, which": each name of the list
        int from = k + 1;
        while (from < t.size()) {
            int run = capitalisedRun(t, from);
            String word = t.get(from).text();
            boolean single = run <= from + 1 && (NameShapes.isNameLike(word) || word.contains("_") || AcronymFinder.isShortForm(word));
            if (single) run = from + 1;   // "a new auxiliary loss function, aux_zipf_loss, which"
            if (!(run - from >= 2 || single) || run >= t.size() || !NAME_END.contains(t.get(run).text().toLowerCase(Locale.ROOT))) return;
            emit(text, t, from, run, vocabulary, type, "propose-kind-name", out);
            if (!t.get(run).text().equalsIgnoreCase("and")) return;
            from = run + 1;
        }
    }

    /** "a brand new "head token" design", "a novel ``subclass-balancing contrastive learning (SBCL)'' approach". */
    private static boolean newBefore(List<Token> t, int k) {
        for (int i = Math.max(0, k - 2); i < k; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("new") || w.equals("novel")) return true;
        }
        return false;
    }

    /** A quoted term the paper presents as its own; a parenthesised acronym inside it is left to the acronym finder. */
    /**
     * "we regard the local patches as "visual sentences"", "we identify the "region of reliability" of a scoring rule":
     * a quoted term in the paper's own statement is a notion it coins.
     */
    private static boolean regardedAs(List<Token> t, int k) {
        if (k == 0 || !(t.get(k - 1).text().equals("as") || t.get(k - 1).text().equals("the"))) return false;
        for (int i = 0; i < k - 1; i++) if (t.get(i).text().equalsIgnoreCase("we")) return true;
        return false;
    }

    private static void quotedProposal(AnnotatedText text, List<Token> t, int k, Vocabulary vocabulary, EntityType type, List<Candidate> out) {
        int end = quoted(t, k);
        if (end < 0) return;
        int last = end;
        while (last > k + 1 && !Character.isLetterOrDigit(t.get(last - 1).text().charAt(0))) last--;
        for (int i = k + 1; i < last; i++) if (t.get(i).text().equals("(")) { last = i; break; }
        // A scare-quoted word ("deep", "enhance") is no name: two or more words ending in a noun, or a name-shaped word.
        boolean named = last - (k + 1) >= 2 && t.get(last - 1).isNoun() || last == k + 2 && NameShapes.isNameLike(t.get(k + 1).text())
            // "we introduce "distribution-aware" methods": quoted words before a kind name that kind of artefact
            || last - (k + 1) >= 2 && last == end && end + 1 < t.size() && ArtefactKinds.kind(t.get(end + 1));
        if (named) emit(text, t, k + 1, last, vocabulary, type, "propose-quoted", out);
        // "(SBCL)" inside the quotes: the acronym is the name the paper uses
        for (int i = k + 1; i + 2 < end; i++)
            if (t.get(i).text().equals("(") && t.get(i + 2).text().equals(")") && AcronymFinder.isShortForm(t.get(i + 1).text()))
                emit(text, t, i + 1, i + 2, vocabulary, null, "propose-quoted", out);
    }

    private static final Set<String> COUNTS = Set.of("two", "three", "four");

    /** "attention rollout and attention flow," : two plain noun phrases joined by "and" and closed by punctuation. */
    private static boolean plainPair(AnnotatedText text, List<Token> t, int from, Vocabulary vocabulary, EntityType type, List<Candidate> out) {
        int a = nounRun(t, from);
        if (a - from < 2 || a >= t.size() || !t.get(a).text().equals("and")) return false;
        int b = nounRun(t, a + 1);
        if (b - (a + 1) < 2 || b >= t.size() || !(t.get(b).text().equals(",") || t.get(b).text().equals("."))) return false;
        emit(text, t, from, a, vocabulary, type, "propose-counted-items", out);
        emit(text, t, a + 1, b, vocabulary, type, "propose-counted-items", out);
        return true;
    }

    /** The index past a run of lower-case nouns and adjectives (hyphen-joined parts included). */
    private static int nounRun(List<Token> t, int i) {
        int e = i;
        while (e < t.size() && e < i + 4 && Character.isLowerCase(t.get(e).text().charAt(0)) && !t.get(e).text().equals("and")
            && (t.get(e).isNoun() || t.get(e).isAdjective() || t.get(e).text().endsWith("ing"))) e++;
        return e > i && t.get(e - 1).isNoun() ? e : i;
    }

    /** The kind a word names ("variants", "function"), singular, or null; the tagger may call it a verb. */
    private static String kind(Token k) {
        String w = EntityKeys.singular(k.text().toLowerCase(Locale.ROOT));
        return ArtefactKinds.GENERIC.contains(w) || w.equals("function") ? w : null;
    }

    /**
     * "a gold hate speech evaluation benchmark HateEval-Hi and HateEval-Mr": in a proposal sentence, the
     * name-shaped words right after a kind word name what is proposed, with that kind.
     */
    private static void kindThenName(AnnotatedText text, List<Token> t, int k, Vocabulary vocabulary, List<Candidate> out) {
        EntityType type = ArtefactKinds.typeOfHead(kind(t.get(k)));
        int i = k + 1;
        while (i < t.size() && NameShapes.isNameLike(t.get(i).text())) {
            int end = i + 1;
            while (end < t.size() && t.get(end).start() == t.get(end - 1).end() && !t.get(end).text().equals(",")) end++;   // "HateEval" "-Hi"
            emit(text, t, i, end, vocabulary, type, "propose-kind-then-name", out);
            if (end + 1 >= t.size() || !t.get(end).text().equals("and")) return;
            i = end + 1;
        }
    }

    /** An opening quote; the tokenizer may split a LaTeX "``" into two backticks, the second of which opens the quote. */
    private static boolean openQuote(List<Token> t, int i) {
        return OPEN_QUOTE.contains(t.get(i).text()) || t.get(i).text().equals("`") && i > 0 && t.get(i - 1).text().equals("`");
    }

    /** The index past a quoted phrase that opens at {@code i}, or -1. */
    private static int quoted(List<Token> t, int i) {
        if (!openQuote(t, i)) return -1;
        for (int e = i + 1; e < t.size() && e <= i + 8; e++)   // up to a three-word name with its acronym
            if (CLOSE_QUOTE.contains(t.get(e).text())) return e > i + 1 ? e : -1;
        return -1;
    }

    /** The index past the run of capitalised (or digit-led, or hyphen-joined) words from {@code i}. */
    private static int capitalisedRun(List<Token> t, int i) {
        int e = i;
        while (e < t.size() && e < i + 8) {
            String w = t.get(e).text();
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && e == i;
            boolean joined = e > i && (w.equals("-") || t.get(e - 1).text().equals("-") || t.get(e).start() == t.get(e - 1).end() && Character.isLetterOrDigit(w.charAt(0)));
            if (!(capital || joined)) break;
            e++;
        }
        while (e > i && t.get(e - 1).text().equals("-")) e--;
        return e;
    }

    private static String joined(AnnotatedText text, List<Token> t, int from, int to) {
        return text.text().substring(t.get(from).start(), t.get(to - 1).end());
    }

    /** "a dataset called 3DIEBench": the kind word before the naming verb types the name; null if none. */
    private static EntityType kindBefore(List<Token> t, int verb) {
        int k = verb - 1;
        if (k >= 0 && t.get(k).text().equals(",")) k--;
        if (k < 0 || !t.get(k).isNoun() || !ArtefactKinds.GENERIC.contains(NounPhrases.lower(t.get(k)))) return null;
        return ArtefactKinds.typeOfHead(NounPhrases.lower(t.get(k)));
    }

    private static void emit(AnnotatedText text, List<Token> t, int from, int to, Vocabulary vocabulary, EntityType type, String rule, List<Candidate> out) {
        String surface = joined(text, t, from, to);
        if (surface.length() < 3 || vocabulary.lookup(surface) != null) return;
        // "We", "This", "Our": a capitalised function word opens no name
        if (Set.of("we", "this", "our", "the", "a", "an", "these", "it").contains(t.get(from).text().toLowerCase(Locale.ROOT))) return;
        out.add(new Candidate(text.section(), t.get(from).start(), t.get(to - 1).end(), surface, type, Role.PROPOSES, 0.8, null, rule));
    }
}
