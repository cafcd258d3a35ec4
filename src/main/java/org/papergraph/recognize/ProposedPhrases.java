package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * What a paper says it proposes, from the noun phrase after "we propose / introduce / present ...":
 * a coined name ("we propose SegFace"), a name in apposition ("a new framework, SegFace,") or a
 * distinctive phrase ("we propose a decoupling classifier"); a bare "a novel framework" names nothing.
 */
final class ProposedPhrases {
    private static final Set<String> VERBS = Set.of("propose", "introduce", "present", "develop", "design", "devise",
        "construct", "build", "create", "release", "curate", "collect", "prepare", "compile", "contribute", "formulate",
        "term", "call", "name", "dub", "coin");
    private static final Set<String> SUBJECTS = Set.of("we", "paper", "work", "study", "article", "i");


    private ProposedPhrases() {}

    /** Adds the proposals of one text. */
    static void find(AnnotatedText text, Vocabulary vocabulary, List<Candidate> out) { find(text, vocabulary, Set.of(), out); }

    /** Adds the proposals of one text; {@code ownNames} are names already proposed, which may be the subject ("TED designs ..."). */
    static void find(AnnotatedText text, Vocabulary vocabulary, Set<String> ownNames, List<Candidate> out) {
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            Set<String> own = ownNames(ownNames, out);   // earlier sentences may have named the method
            for (int k = 0; k < t.size(); k++) {
                Token v = t.get(k);
                boolean trigger = (v.tag().equals("VERB") || afterOwnName(t, k, own)) && VERBS.contains(NounPhrases.lower(v)) && hasSubject(t, k, own)
                    || theProposed(t, k) || text.section() == org.papergraph.paper.Section.ABSTRACT && aNovel(t, k);
                if (!trigger && ourDescribed(s, text, k, vocabulary, out)) continue;
                if (!trigger && v.tag().equals("VERB") && USE_VERBS.contains(NounPhrases.lower(v)) && hasSubject(t, k, own)) usedPart(s, text, k, vocabulary, out);
                if (!trigger && v.tag().equals("VERB") && HYPOTHESISING.contains(NounPhrases.lower(v)) && hasSubject(t, k, own)) hypothesis(s, text, k, vocabulary, out);
                if (!trigger || earlierWork(t, k)) continue;
                NounPhrases.Phrase p = ProposalSpan.startingNear(s, text.text(), k + 1);
                if (p == null) continue;
                // "a Bounded Confidence Model (BCM) based value dynamics model": the artefact is what follows "based"
                if (p.end() + 4 < t.size() && t.get(p.end()).text().equals("(") && t.get(p.end() + 2).text().equals(")")
                    && NounPhrases.lower(t.get(p.end() + 3)).equals("base")) {
                    p = ProposalSpan.startingNear(s, text.text(), p.end() + 4);
                    if (p == null) continue;
                }
                // "we formulate table separation line prediction as a line regression problem": the problem recast, not a proposal
                if (NounPhrases.lower(v).equals("formulate") && p.end() < t.size() && t.get(p.end()).text().equals("as")) continue;
                if (namesPhenomenon(t, k)) {   // observed, not built: the paper studies it
                    out.add(new Candidate(text.section(), p.start(), p.endOffset(), p.text(), EntityType.CONCEPT, Role.STUDIES, 0.8, null, "named-phenomenon"));
                    continue;
                }
                // Without a proposal verb, "a novel ..." must say what kind of artefact it is or name it.
                if (t.get(k).text().equalsIgnoreCase("novel") || t.get(k).text().equalsIgnoreCase("new"))
                    if (!ArtefactKinds.GENERIC.contains(p.headLemma()) && !NOTIONS.contains(p.headLemma()) && !NameShapes.isNameLike(t.get(p.first()).text())
                        && !deviceHead(t, p)) continue;
                NounPhrases.Phrase of = notionOf(s, text, p);
                if (of != null && of.end() - of.first() == 1 && t.get(of.first()).isNoun()) {
                    // "the notion of minimality": one word named as a notion is a concept the paper introduces
                    out.add(new Candidate(text.section(), of.start(), of.endOffset(), of.text(), EntityType.CONCEPT, Role.PROPOSES, 0.75, null, "propose-notion"));
                    continue;
                }
                if (of != null) p = of;
                ProposedArtefacts.add(text, s, p, vocabulary, out);
                ProposedArtefacts.coordinated(text, s, p, vocabulary, out);
            }
        }
    }

    /** "TED designs/NOUN task-aware filters": right after the paper's own name, a proposal verb's -s form is the verb. */
    private static boolean afterOwnName(List<Token> t, int k, Set<String> ownNames) {
        return k > 0 && ownNames.contains(t.get(k - 1).text()) && t.get(k).text().endsWith("s") && Character.isLowerCase(t.get(k).text().charAt(0));
    }

    private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "past");

    /** "builds upon our earlier work on developing the explainable FOLD-R++ algorithm": proposed before this paper. */
    private static boolean earlierWork(List<Token> t, int verb) {
        for (int i = Math.max(1, verb - 5); i < verb; i++)
            if (NounPhrases.lower(t.get(i)).equals("work") && EARLIER.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean hasSubject(List<Token> t, int verb, Set<String> ownNames) {
        for (int i = Math.max(0, verb - 4); i < verb; i++)
            if (SUBJECTS.contains(t.get(i).text().toLowerCase(Locale.ROOT)) || ownNames.contains(t.get(i).text())) return true;
        // "we extend X by ... and propose Y": a coordinated verb shares the sentence's subject.
        int before = verb - 1;   // "and further introduce", "and then propose"
        while (before > 0 && (t.get(before).text().endsWith("ly") || t.get(before).text().equals("further") || t.get(before).text().equals("also"))) before--;
        if (before >= 0 && (t.get(before).text().equals("and") || t.get(before).text().equals("then"))) {
            for (int i = 0; i < before; i++) if (t.get(i).text().equalsIgnoreCase("we") || ownNames.contains(t.get(i).text())) return true;
            // "This technique utilizes ..., and introduces a Multi-Step Consistency (MSC) loss": the paper's artefact opens the sentence.
            if (before > 1 && (t.get(0).text().equals("This") || t.get(0).text().equals("Our")) && ArtefactKinds.kind(t.get(1))) return true;
        }
        // "LAPP designs an effective pruning strategy that introduces a learnable threshold": the own artefact's relative clause.
        // Only "introduces": "a new method that builds an ensemble classifier" says what the method does.
        if (verb >= 2 && (t.get(verb - 1).text().equals("that") || t.get(verb - 1).text().equals("which")) && ArtefactKinds.kind(t.get(verb - 2))
            && NounPhrases.lower(t.get(verb)).equals("introduce"))
            for (int i = 0; i < verb - 2; i++)
                if (t.get(i).text().equalsIgnoreCase("we") || t.get(i).text().equalsIgnoreCase("our") || ownNames.contains(t.get(i).text())) return true;
        // "Our method / framework introduces ...": the paper's own artefact proposes its parts.
        for (int i = Math.max(1, verb - 3); i < verb; i++)
            if (t.get(i - 1).text().equalsIgnoreCase("our") && ArtefactKinds.kind(t.get(i))) return true;
        return false;
    }

    /** What a paper observes rather than builds. */
    private static final Set<String> PHENOMENA = Set.of("phenomenon", "phenomena", "effect", "behavior", "behaviour", "problem", "issue");

    /** "this counter-intuitive phenomenon, which we term likelihood displacement": the name goes to an observation. */
    private static boolean namesPhenomenon(List<Token> t, int verb) {
        String v = NounPhrases.lower(t.get(verb));
        if (!(v.equals("term") || v.equals("call") || v.equals("name") || v.equals("dub") || v.equals("coin"))) return false;
        for (int i = verb - 1; i >= Math.max(0, verb - 4); i--) {
            if (!t.get(i).text().equalsIgnoreCase("which") && !t.get(i).text().equalsIgnoreCase("that")) continue;
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) if (PHENOMENA.contains(t.get(j).text().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return false;
    }

    /** "the proposed MLP decoder": the phrase after "the / our proposed" is the paper's own. */
    private static boolean theProposed(List<Token> t, int k) {
        if (k == 0 || k + 1 >= t.size() || !t.get(k).text().equals("proposed")) return false;
        // "the proposed method outperforms ...": a bare kind word is followed by the verb, not by more of a name.
        if (ArtefactKinds.kind(t.get(k + 1))) return false;
        String before = t.get(k - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("the") || before.equals("our") || before.equals("a") || before.equals("newly") || before.equals("two");
    }

    /**
     * "We also describe a novel interleaved training algorithm", "SegFormer comprises a novel hierarchically
     * structured Transformer encoder": a novel thing is the paper's own whatever the verb. Not in apposition
     * to a name ("DiffEx, a novel method"): there the name is the artefact and the phrase only its kind.
     */
    private static boolean aNovel(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        if (!(w.equals("novel") || w.equals("new")) || k == 0 || k + 1 >= t.size()) return false;
        String before = t.get(k - 1).text().toLowerCase(Locale.ROOT);
        if (!(before.equals("a") || before.equals("an") || before.equals("our"))) return false;
        if (k >= 2 && (t.get(k - 2).text().equals(",") || t.get(k - 2).text().equals("--"))) return false;
        if (t.get(k + 1).text().toLowerCase(Locale.ROOT).startsWith("state")) return false;   // "a new state-of-the-art" is a claim
        // Right after a proposal verb the verb's own trigger already took the phrase.
        return !(k >= 2 && VERBS.contains(NounPhrases.lower(t.get(k - 2))));
    }

    /**
     * "our approximate Bayesian framework significantly improves ...", "our categorical learning model outperforms":
     * the paper's own artefact, described by two or more words before its kind.
     */
    private static boolean ourDescribed(Sentence s, AnnotatedText text, int k, Vocabulary vocabulary, List<Candidate> out) {
        List<Token> t = s.tokens();
        if (!t.get(k).text().equalsIgnoreCase("our") || k + 1 >= t.size() || t.get(k + 1).text().equals("proposed")) return false;
        if (k > 0 && VERBS.contains(NounPhrases.lower(t.get(k - 1)))) return false;   // the verb's own trigger takes it
        NounPhrases.Phrase p = ProposalSpan.startingNear(s, text.text(), k + 1);
        if (p == null) return false;
        // The tagger may take the next verb for a noun ("model outperforms"): the phrase ends at its first kind word.
        int end = p.first();
        while (end < p.end() && !ArtefactKinds.kind(t.get(end))) {
            Token w = t.get(end);
            if (w.isNoun() && !w.text().equalsIgnoreCase(w.lemma())) return false;   // "our experiments use open models": a plural is no describing word
            end++;
        }
        if (end == p.end() || NameBoundaries.describingWords(t, p.first(), end) < 2 || vocabulary.lookup(text.text().substring(p.start(), t.get(end - 1).end())) != null) return false;
        Token kindWord = t.get(end);
        if (!ArtefactKinds.GENERIC.contains(kindWord.text().toLowerCase(Locale.ROOT))) return false;   // "our constructed MPHPE datasets": a plural is a class, not one artefact
        ProposedArtefacts.emit(text, p.start(), kindWord.end(), NounPhrases.lower(kindWord), "our-described", 0.7, out);
        return true;
    }

    private static final Set<String> USE_VERBS = Set.of("employ", "apply", "adopt", "utilize", "utilise", "use", "implement", "incorporate", "integrate", "leverage", "exploit");
    /** Kinds of parts a paper builds into its own artefact. */
    private static final Set<String> PART_KINDS = Set.of("module", "mechanism", "strategy", "scheme", "block");

    /**
     * "We employ a multi-scale selective attention module to ...": a part the paper puts to work, described by two or more
     * words the vocabulary does not know, is its own; a known or plainly described one ("a shared module") is not.
     */
    private static void usedPart(Sentence s, AnnotatedText text, int k, Vocabulary vocabulary, List<Candidate> out) {
        List<Token> t = s.tokens();
        if (k + 1 >= t.size() || !(t.get(k + 1).text().equalsIgnoreCase("a") || t.get(k + 1).text().equalsIgnoreCase("an"))) return;
        NounPhrases.Phrase p = ProposalSpan.startingNear(s, text.text(), k + 1);
        if (p == null) return;
        int end = p.first();
        while (end < p.end() && !ArtefactKinds.kind(t.get(end))) end++;
        if (end == p.end() || !PART_KINDS.contains(t.get(end).text().toLowerCase(Locale.ROOT)) || NameBoundaries.describingWords(t, p.first(), end) < 2) return;
        if (vocabulary.lookup(text.text().substring(p.start(), t.get(end - 1).end())) != null) return;
        ProposedArtefacts.emit(text, p.start(), t.get(end).end(), NounPhrases.lower(t.get(end)), "use-described-part", 0.7, out);
    }

    private static final Set<String> HYPOTHESISING = Set.of("hypothesize", "hypothesise", "posit", "conjecture", "postulate");

    /**
     * "we hypothesize the persistence of importance: only pivotal tokens ...": a notion the paper puts forward as its hypothesis
     * (a noun phrase, not a "that" clause) is a concept it proposes; a bare kind or a known concept is not.
     */
    private static void hypothesis(Sentence s, AnnotatedText text, int k, Vocabulary vocabulary, List<Candidate> out) {
        List<Token> t = s.tokens();
        if (k + 1 >= t.size() || t.get(k + 1).text().equals("that") || t.get(k + 1).text().equals("to")) return;
        NounPhrases.Phrase p = ProposalSpan.startingNear(s, text.text(), k + 1);
        if (p == null || p.end() - p.first() == 1 && ArtefactKinds.kind(t.get(p.first()))) return;
        int end = p.endOffset();
        if (p.end() + 1 < t.size() && t.get(p.end()).text().equals("of")) {   // "the persistence of importance"
            NounPhrases.Phrase of = ProposalSpan.startingNear(s, text.text(), p.end() + 1);
            if (of != null && of.first() == p.end() + 1) end = of.endOffset();
        }
        String surface = text.text().substring(p.start(), end);
        if (vocabulary.lookup(surface) != null) return;
        out.add(new Candidate(text.section(), p.start(), end, surface, EntityType.CONCEPT, Role.PROPOSES, 0.7, null, "propose-hypothesis"));
    }

    /** "a novel hierarchically structured Transformer encoder": a described agent noun names a device the paper builds. */
    private static boolean deviceHead(List<Token> t, NounPhrases.Phrase p) {
        String head = t.get(p.end() - 1).text().toLowerCase(Locale.ROOT);
        return p.end() - p.first() >= 3 && head.length() > 5 && (head.endsWith("er") || head.endsWith("or"));
    }

    private static final Set<String> NOTIONS = Set.of("idea", "notion", "concept");

    /** "We propose the idea of concept factorization", "we introduce the notion of minimality": what the notion is of is the proposal. */
    private static NounPhrases.Phrase notionOf(Sentence s, AnnotatedText text, NounPhrases.Phrase p) {
        List<Token> t = s.tokens();
        if (p.end() - p.first() != 1 || !NOTIONS.contains(p.headLemma()) || p.end() + 1 >= t.size() || !t.get(p.end()).text().equals("of")) return null;
        return ProposalSpan.startingNear(s, text.text(), p.end() + 1);
    }

    /** Single-word names proposed so far. */
    static Set<String> ownNames(Set<String> given, List<Candidate> out) {
        Set<String> names = new java.util.HashSet<>(given);
        for (Candidate c : out)
            if (c.role() == Role.PROPOSES && !c.surface().contains(" ") && NameShapes.isNameLike(c.surface())) names.add(c.surface());
        return names;
    }

}
