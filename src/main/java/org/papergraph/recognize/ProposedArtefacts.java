package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Which words of a proposed phrase are the artefact, once {@link ProposedPhrases} has found the phrase a paper proposes.
 * A name inside the phrase ("the SegFace model"), after a naming participle ("dubbed UCoFiA"), in apposition, or as a
 * defined acronym is the artefact and the rest only its kind; two or more describing words before an unknown kind make
 * a described artefact ("a cross attention module"); a bare kind, a known concept used, or a plural class names nothing.
 * The kind word types what is emitted.
 */
final class ProposedArtefacts {
    private static final Set<String> QUOTES = Set.of("\"", "''", "”", "'");

    private ProposedArtefacts() {}

    /** Emits the artefact a proposed phrase names: the name it contains or is given, or the described phrase itself; else nothing. */
    static void add(AnnotatedText text, Sentence s, NounPhrases.Phrase p, Vocabulary vocabulary, List<Candidate> out) {
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
     * "we propose HindTweetBERT and MahaTweetBERT": names joined to a proposed name are proposed too; so is a name joined by
     * "and" to a described proposal ("we propose the path pruning and EnsembleScale skills"), which shares its verb.
     */
    static void coordinated(AnnotatedText text, Sentence s, NounPhrases.Phrase p, Vocabulary vocabulary, List<Candidate> out) {
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

    /** Adds the proposal at characters [start, end) of the text, typed by its kind word {@code head}. */
    static void emit(AnnotatedText text, int start, int end, String head, String rule, double conf, List<Candidate> out) {
        String surface = text.text().substring(start, end);
        EntityType type = ArtefactKinds.typeOfHead(head);
        // A bare name takes the kind its apposition gives: "we introduce APPS, a benchmark for code generation".
        if (type == EntityType.METHOD) type = java.util.Objects.requireNonNullElse(TypeGuesser.fromApposition(text.text().substring(end)), type);
        out.add(new Candidate(text.section(), start, end, surface, type, Role.PROPOSES, conf, null, rule));
    }
}
