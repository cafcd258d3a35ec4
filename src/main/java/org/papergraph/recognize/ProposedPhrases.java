package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * What a paper says it proposes, from the noun phrase after "we propose / introduce / present ...": a coined name
 * ("we propose SegFace"), a name in apposition ("a new framework, SegFace,") or a distinctive phrase ("we propose a
 * decoupling classifier"); a bare "a novel framework" names nothing. This class finds the phrase after a trigger
 * ({@link ProposalTriggers}) and the proposals made without one ("our approximate Bayesian framework", a part the paper
 * employs, a hypothesised notion); {@link ProposedArtefacts} decides which of the phrase's words are the artefact.
 */
final class ProposedPhrases {

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
                boolean trigger = ProposalTriggers.proposes(text, t, k, own);
                if (!trigger && ourDescribed(s, text, k, vocabulary, out)) continue;
                if (!trigger && v.tag().equals("VERB") && USE_VERBS.contains(NounPhrases.lower(v)) && ProposalTriggers.hasSubject(t, k, own)) usedPart(s, text, k, vocabulary, out);
                if (!trigger && v.tag().equals("VERB") && HYPOTHESISING.contains(NounPhrases.lower(v)) && ProposalTriggers.hasSubject(t, k, own)) hypothesis(s, text, k, vocabulary, out);
                if (!trigger || ProposalTriggers.earlierWork(t, k)) continue;
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
                if (ProposalTriggers.namesPhenomenon(t, k)) {   // observed, not built: the paper studies it
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

    /**
     * "our approximate Bayesian framework significantly improves ...", "our categorical learning model outperforms":
     * the paper's own artefact, described by two or more words before its kind.
     */
    private static boolean ourDescribed(Sentence s, AnnotatedText text, int k, Vocabulary vocabulary, List<Candidate> out) {
        List<Token> t = s.tokens();
        if (!t.get(k).text().equalsIgnoreCase("our") || k + 1 >= t.size() || t.get(k + 1).text().equals("proposed")) return false;
        if (k > 0 && ProposalTriggers.VERBS.contains(NounPhrases.lower(t.get(k - 1)))) return false;   // the verb's own trigger takes it
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
