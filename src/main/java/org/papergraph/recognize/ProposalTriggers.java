package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Section;

/**
 * Where a sentence says the paper proposes something: a proposal verb ("propose", "introduce", "term") whose subject is
 * the paper ("we", "this work", "our method", a name the paper gave), "the proposed ...", or "a novel ..." in an abstract.
 * It also says when such a statement is no proposal of this paper's: work proposed earlier, or a name given to an observed
 * phenomenon. {@link ProposedPhrases} reads the phrase after the trigger; the trigger alone decides whose it is.
 */
final class ProposalTriggers {
    /** Proposal verbs by lemma, naming verbs included ("which we term ..."). */
    static final Set<String> VERBS = Set.of("propose", "introduce", "present", "develop", "design", "devise",
        "construct", "build", "create", "release", "curate", "collect", "prepare", "compile", "contribute", "formulate",
        "term", "call", "name", "dub", "coin");
    private static final Set<String> SUBJECTS = Set.of("we", "paper", "work", "study", "article", "i");

    private ProposalTriggers() {}

    /**
     * Whether token {@code k} opens a proposal: a proposal verb with the paper as its subject, "the proposed", or, in an
     * abstract, "a novel"; {@code ownNames} are the paper's names, which may be the subject.
     */
    static boolean proposes(AnnotatedText text, List<Token> t, int k, Set<String> ownNames) {
        Token v = t.get(k);
        return (v.tag().equals("VERB") || afterOwnName(t, k, ownNames)) && VERBS.contains(NounPhrases.lower(v)) && hasSubject(t, k, ownNames)
            || theProposed(t, k) || text.section() == Section.ABSTRACT && aNovel(t, k);
    }

    /** Whether the paper (or its own artefact) is the subject of the verb at {@code verb}. */
    static boolean hasSubject(List<Token> t, int verb, Set<String> ownNames) {
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

    /** "TED designs/NOUN task-aware filters": right after the paper's own name, a proposal verb's -s form is the verb. */
    private static boolean afterOwnName(List<Token> t, int k, Set<String> ownNames) {
        return k > 0 && ownNames.contains(t.get(k - 1).text()) && t.get(k).text().endsWith("s") && Character.isLowerCase(t.get(k).text().charAt(0));
    }

    private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "past");

    /** "builds upon our earlier work on developing the explainable FOLD-R++ algorithm": proposed before this paper. */
    static boolean earlierWork(List<Token> t, int verb) {
        for (int i = Math.max(1, verb - 5); i < verb; i++)
            if (NounPhrases.lower(t.get(i)).equals("work") && EARLIER.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** What a paper observes rather than builds. */
    private static final Set<String> PHENOMENA = Set.of("phenomenon", "phenomena", "effect", "behavior", "behaviour", "problem", "issue");

    /** "this counter-intuitive phenomenon, which we term likelihood displacement": the name goes to an observation. */
    static boolean namesPhenomenon(List<Token> t, int verb) {
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
}
