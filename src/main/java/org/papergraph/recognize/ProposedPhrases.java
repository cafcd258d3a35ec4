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

    private static final Set<String> QUOTES = Set.of("\"", "''", "”", "'");


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
                add(text, s, p, vocabulary, out);
                coordinated(text, s, p, vocabulary, out);
            }
        }
    }

    /**
     * "we propose HindTweetBERT and MahaTweetBERT": names joined to a proposed name are proposed too; so is a name joined by
     * "and" to a described proposal ("we propose the path pruning and EnsembleScale skills"), which shares its verb.
     */
    private static void coordinated(AnnotatedText text, Sentence s, NounPhrases.Phrase p, Vocabulary vocabulary, List<Candidate> out) {
        List<Token> t = s.tokens();
        boolean named = NameShapes.isNameLike(t.get(p.first()).text());
        int i = p.end();
        while (i + 1 < t.size() && (named && t.get(i).text().equals(",") || t.get(i).text().equals("and")) && NameShapes.isNameLike(t.get(i + 1).text())) {
            Token n = t.get(i + 1);
            if (vocabulary.lookup(n.text()) != null) return;
            emit(text, n.start(), n.end(), p.headLemma(), "propose-coordinated", 0.8, out);
            i += 2;
            if (i < t.size() && t.get(i).text().equals(",") && i + 1 < t.size() && t.get(i + 1).text().equals("and")) i++;
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
        emit(text, p.start(), kindWord.end(), NounPhrases.lower(kindWord), "our-described", 0.7, out);
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
        emit(text, p.start(), t.get(end).end(), NounPhrases.lower(t.get(end)), "use-described-part", 0.7, out);
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

    private static void add(AnnotatedText text, Sentence s, NounPhrases.Phrase p, Vocabulary vocabulary, List<Candidate> out) {
        List<Token> t = s.tokens();
        if (definedAcronym(text, s, p, out)) return;
        // "ScenTest ... constructs the EKGs for specific scenarios": a plural acronym names a class of things, not the artefact
        if (p.end() - p.first() == 1 && PLURAL_ACRONYM.matcher(t.get(p.first()).text()).matches()) return;
        int first = p.first();
        while (first + 1 < p.end() && ArtefactKinds.GENERIC.contains(NounPhrases.lower(t.get(first))) && NameShapes.isNameLike(t.get(first + 1).text())) first++;
        if (first > p.first()) { // "the framework MASIL"
            emit(text, t.get(first).start(), p.endOffset(), p.headLemma(), "propose-name", 0.85, out);
            return;
        }
        int end = p.end();
        while (end > p.first() && ArtefactKinds.GENERIC.contains(NounPhrases.lower(t.get(end - 1)))) end--;
        // "a novel forgery-aware adaptive transformer approach, namely FatFormer", "a Unified Coarse-to-fine Alignment model,
        // dubbed UCoFiA": the name after the comma is the artefact; the description is only its kind.
        int naming = p.end() + 1;
        if (end < p.end() && naming + 1 < t.size() && t.get(p.end()).text().equals(",")
            && (NameBoundaries.naming(t.get(naming)) && !NameBoundaries.basis(t.get(naming)) || t.get(naming).text().equals("namely"))) {
            NounPhrases.Phrase named = ProposalSpan.startingNear(s, text.text(), naming + 1);
            if (named != null && NameShapes.isNameLike(t.get(named.first()).text())) {
                if (!definedAcronym(text, s, named, out)) emit(text, named.start(), named.endOffset(), p.headLemma(), "propose-called", 0.85, out);
                return;
            }
        }
        // A name before the generic head is the name ("the SegFace model"); so is one in apposition after it.
        // Lower-case describing words before the name keep the kind ("a hierarchical USS strategy" is no name).
        if (end > p.first() && end < p.end() && (NameShapes.isNameLike(t.get(end - 1).text()) && !NameBoundaries.describedName(t, p.first(), end - 1)
            || NameBoundaries.titleCase(t, p.first(), end))) {
            // "we prepare an AD dataset": a known problem's name before the kind names what the artefact is for, not the artefact
            VocabularyConcept known = knownOrDefined(text, text.text().substring(p.start(), t.get(end - 1).end()), vocabulary);
            boolean plural = !t.get(p.end() - 1).text().equalsIgnoreCase(t.get(p.end() - 1).lemma());   // "ASR systems": a class of them
            if (known != null && known.types().equals(Set.of(EntityType.TASK)) && !plural) {
                if (!ArtefactKinds.DESCRIBED_ONLY.contains(p.headLemma())) emit(text, p.start(), p.endOffset(), p.headLemma(), "propose-kind-of-known", 0.8, out);
                return;
            }
            emit(text, t.get(p.first()).start(), t.get(end - 1).end(), p.headLemma(), "propose-name", 0.85, out);
            return;
        }
        int after = p.end();
        // "a novel off-policy correction method called V-trace": the name given is the artefact's name.
        if (end < p.end() && after + 1 < t.size() && NameBoundaries.naming(t.get(after))
            && !NameBoundaries.basis(t.get(after))) {
            NounPhrases.Phrase named = ProposalSpan.startingNear(s, text.text(), after + 1);
            if (named != null && !named.text().equals(named.text().toLowerCase(Locale.ROOT))) {
                if (!definedAcronym(text, s, named, out)) emit(text, named.start(), named.endOffset(), p.headLemma(), "propose-called", 0.85, out);
                return;
            }
        }
        if (end == p.first() || NameBoundaries.allNames(t, p.first(), end) && end < p.end()) {
            // "an innovative method using state-of-the-art MLLMs": what a bare kind uses or is based on is not its name.
            if (after + 1 < t.size() && NameBoundaries.naming(t.get(after)) && !NameBoundaries.basis(t.get(after))) {
                NounPhrases.Phrase named = ProposalSpan.startingNear(s, text.text(), after + 1);
                if (named != null && !definedAcronym(text, s, named, out))
                    emit(text, named.start(), named.endOffset(), p.headLemma(), "propose-called", 0.85, out);
                return;
            }
            if (after + 1 < t.size() && (t.get(after).text().equals(",") || t.get(after).text().equals("("))
                && NameShapes.isNameLike(t.get(after + 1).text()))
                emit(text, t.get(after + 1).start(), t.get(after + 1).end(), p.headLemma(), "propose-apposition", 0.85, out);
            return;
        }
        if (end < p.end() && namedAfter(text, t, p, vocabulary, out)) return;
        if (end < p.end()) {
            // Two or more describing words before the kind make a distinct artefact ("a cross attention module");
            // one does not ("a shared module").
            // A known concept with its kind word after it is that concept used ("a knowledge distillation framework").
            // A known problem with a device kind after it is a device built for it ("a stochastic optimization algorithm"),
            // unless a name follows ("a feature engineering technique called the "dagger technique"").
            VocabularyConcept known = vocabulary.lookup(text.text().substring(p.start(), t.get(end - 1).end()));
            if (known != null && !(known.types().equals(Set.of(EntityType.TASK)) && ArtefactKinds.DEVICES.contains(p.headLemma())
                && !(after < t.size() && NameBoundaries.naming(t.get(after))))) return;
            // "a universal audio source separation framework" describes the paper's approach; it names nothing.
            if (NameBoundaries.describingWords(t, p.first(), end) >= 2 && !ArtefactKinds.DESCRIBED_ONLY.contains(p.headLemma()) && !ArtefactKinds.NOT_BUILT.contains(p.headLemma()))
                emit(text, p.start(), p.endOffset(), p.headLemma(), "propose-described", 0.7, out);
            return;
        }
        if (p.end() - p.first() == 1 && !t.get(p.first()).tag().equals("PROPN") && !NameShapes.isNameLike(t.get(p.first()).text())) return;
        // "the distributed agent IMPALA": a description, then the name it gives; the name is the artefact
        Token lastToken = t.get(p.end() - 1);
        // So is "our proposed MLLM-derived MIS": a compound ending in a participle describes the name after it.
        if (p.end() - p.first() >= 2 && NameShapes.isNameLike(lastToken.text())
            && (Character.isLowerCase(t.get(p.first()).text().charAt(0)) || NameBoundaries.participleCompound(t, p.end() - 2))
            && vocabulary.lookup(lastToken.text()) == null) {
            emit(text, lastToken.start(), lastToken.end(), p.headLemma(), "propose-name", 0.8, out);
            return;
        }
        // One hyphenated modifier ("an end-to-end", "a dual-branch") lost its noun to the tagger; a gerund opens a clause.
        boolean name = NameShapes.isNameLike(t.get(p.first()).text());
        if (!name && (NameBoundaries.nameFollows(t, p.end()) || NameBoundaries.nameInApposition(t, p.end()))) return;
        if (!name && (!p.text().contains(" ") || t.get(p.first()).tag().equals("VERB") && t.get(p.first()).text().endsWith("ing"))) return;
        emit(text, p.start(), p.endOffset(), p.headLemma(), NameShapes.isNameLike(t.get(p.first()).text()) ? "propose-name" : "propose-phrase",
            0.8, out);
    }

    /**
     * "we introduce contextual decomposition for transformers (CD-T)": the paper's acronym is the name it
     * will use, and the grouping gives it the long form as an alias.
     */
    private static boolean definedAcronym(AnnotatedText text, Sentence s, NounPhrases.Phrase p, List<Candidate> out) {
        List<Token> t = s.tokens();
        for (int i = p.end(); i + 2 < t.size() && i <= p.end() + 4; i++) {
            String w = t.get(i).text();
            int close = w.equals("(") ? NameBoundaries.closingParenthesis(t, i) : -1;
            if (close > 0) {
                String acronym = text.text().substring(t.get(i + 1).start(), t.get(close - 1).end());
                if (!AcronymFinder.isShortForm(acronym)) return false;
                // The long form may start inside the phrase ("Multi-Head Gaussian Adaptive Attention (GAAM)").
                boolean covered = false;
                for (int f = p.first(); f < i && !covered; f++)
                    covered = AcronymFinder.covers(acronym, text.text().substring(t.get(f).start(), t.get(i - 1).end()));
                if (!covered) return false;
                emit(text, t.get(i + 1).start(), t.get(close - 1).end(), p.headLemma(), "propose-acronym", 0.85, out);
                return true;
            }
            // "a simple yet effective "Ultra-Lightweight Subspace Attention Mechanism" (ULSAM)": the name may be quoted
            boolean quote = QUOTES.contains(w);
            // "a Confidence score Weighting Adaptation using the JMDS (CoWA-JMDS) framework": "using" may join the long form
            if (!Character.isLetterOrDigit(w.charAt(0)) && !w.equals("-") && !quote || t.get(i).isVerb() && !w.equals("using")) return false;
        }
        return false;
    }

    private static final java.util.regex.Pattern PLURAL_ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9-]*[A-Z]s");

    /** The catalogue concept a surface names, directly or as an acronym the text defines ("acronym disambiguation (AD)"). */
    private static VocabularyConcept knownOrDefined(AnnotatedText text, String surface, Vocabulary vocabulary) {
        VocabularyConcept known = vocabulary.lookup(surface);
        if (known != null || !AcronymFinder.isShortForm(surface)) return known;
        for (AcronymFinder.Definition d : new AcronymFinder().find(text))
            if (d.shortForm().equals(surface)) return vocabulary.lookup(d.longForm());
        return null;
    }

    /** "a simple masking method: HeadMask": a kind phrase followed by a name gives the name. */
    private static boolean namedAfter(AnnotatedText text, List<Token> t, NounPhrases.Phrase p, Vocabulary vocabulary, List<Candidate> out) {
        int after = p.end();
        if (after + 1 >= t.size() || !(t.get(after).text().equals(":") || t.get(after).text().equals(","))) return false;
        Token n = t.get(after + 1);
        boolean ends = after + 2 >= t.size() || !Character.isLetterOrDigit(t.get(after + 2).text().charAt(0));
        if (!NameShapes.isNameLike(n.text()) || !ends || vocabulary.lookup(n.text()) != null) return false;
        emit(text, n.start(), n.end(), p.headLemma(), "propose-apposition", 0.85, out);
        return true;
    }

    private static void emit(AnnotatedText text, int start, int end, String head, String rule, double conf, List<Candidate> out) {
        String surface = text.text().substring(start, end);
        EntityType type = ArtefactKinds.typeOfHead(head);
        // A bare name takes the kind its apposition gives: "we introduce APPS, a benchmark for code generation".
        if (type == EntityType.METHOD) type = java.util.Objects.requireNonNullElse(TypeGuesser.fromApposition(text.text().substring(end)), type);
        out.add(new Candidate(text.section(), start, end, surface, type, Role.PROPOSES, conf, null, rule));
    }

}
