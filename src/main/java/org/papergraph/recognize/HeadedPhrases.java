package org.papergraph.recognize;

import java.util.List;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Section;

/**
 * Noun phrases whose head noun says their type: "induction heads" (a component, Concept) and in the title "few-shot object detection" (the Task the paper addresses).
 * Only phrases no other finder covered, and only with a modifier: a bare head names nothing.
 */
final class HeadedPhrases {
    private static final Set<String> CONCEPT_HEADS = Set.of("head", "neuron", "circuit");
    // Activity nouns that in a title name the problem studied, though in a sentence they are too common to type.
    private static final Set<String> TITLE_TASK_HEADS = Set.of("selection", "sampling", "evaluation", "understanding",
        "processing", "modeling", "modelling", "distillation", "testing", "calculation", "interpretation", "expansion",
        "allocation", "forensics", "fine-tuning", "pre-training", "pretraining");
    private static final Set<String> WEAK_MODIFIERS = Set.of("high", "low", "final", "overall", "average", "good", "poor", "error",
        // Counting and evaluative words pick out some heads, they name no kind of head.
        "individual", "multiple", "different", "special", "essential", "pivotal", "important", "many", "several", "other",
        "various", "each", "all", "some", "these", "those", "remaining", "specific",
        // Counts pick out heads too ("Sixteen Heads", "a single head"), and human heads are body parts.
        "single", "one", "two", "three", "four", "eight", "twelve", "sixteen", "human", "frontal",
        // Degree and likelihood words say how much of a phenomenon, not which ("possible collapse", "similar shift").
        "possible", "potential", "similar", "significant", "severe", "strong", "large", "small", "slight", "such", "further",
        "paramount", "utmost", "equal", "relative", "great", "critical", "crucial", "particular", "primary",
        // Words of arithmetic and distribution ("one per head", "T times J neurons").
        "per", "times");
    /** Phenomena and properties a paper studies, named by their head: "representational collapse", "shortcut bias", "token importance". */
    private static final Set<String> PHENOMENON_HEADS = Set.of("collapse", "bias", "imbalance", "shift", "importance");

    private static final Set<String> MEANS = Set.of("via", "with", "using", "through", "by");

    private static final Set<String> TITLE_OPENERS = Set.of("towards", "toward", "beyond", "via", "through", "unify", "enough");

    private static final Set<String> VERB_LIKE = Set.of("activate", "encourage", "use", "prune", "remove", "mask", "identify", "find");

    private HeadedPhrases() {}

    /** Adds typed phrase candidates of one text that do not overlap the known candidates. */
    static void find(AnnotatedText text, List<Candidate> known, List<Candidate> out) {
        // "ALPS: Attention Localization and Pruning Strategy for ...": the words that spell the title's name are its long form.
        int longFormEnd = text.section() == Section.TITLE ? SpelledLongForms.titleLongFormEnd(text.text()) : -1;
        for (Sentence s : text.sentences())
            for (NounPhrases.Phrase p : NounPhrases.of(s, text.text())) {
                int words = p.end() - p.first();
                EntityType type = typeOf(p, text.section());
                // "... via Submodular Subset Selection", "... with Spatio-Temporal Localized Alignment": after a word of
                // means, a title's activity phrase is how the paper works, its method, not the task it addresses.
                if (type == EntityType.TASK && p.first() > 0 && MEANS.contains(NounPhrases.lower(s.tokens().get(p.first() - 1)))) type = EntityType.METHOD;
                // "Prompt Tuned Embedding Classification for Multi-Label Industry Sector Allocation": an activity put to use
                // for another is the means, and the task is the one after "for".
                if (type == EntityType.TASK && p.end() + 1 < s.tokens().size() && NounPhrases.lower(s.tokens().get(p.end())).equals("for")
                    && s.tokens().get(p.end() + 1).tag().matches("NOUN|PROPN|ADJ")) type = EntityType.METHOD;
                if (type == null || words < 2 || words > (type == EntityType.TASK ? 5 : 4)) continue;
                if (p.start() < longFormEnd) continue;
                if (NounPhrases.listsEitherForm(WEAK_MODIFIERS, s.tokens().get(p.first()))) continue;
                // A variable ("h heads"), a participle ("pre-detected frontal heads") or a verb the tagger took
                // for a noun ("encourages heads", "activate different heads") opens no name.
                String firstWord = s.tokens().get(p.first()).text();
                if (type == EntityType.CONCEPT && (firstWord.length() <= 2 || firstWord.endsWith("ed")
                    || firstWord.endsWith("es") && words == 2 || VERB_LIKE.contains(firstWord.toLowerCase(java.util.Locale.ROOT)))) continue;
                // Title case makes the tagger read "Towards", "Beyond" or a glued "enough:Large" as part of a noun phrase.
                String opening = s.tokens().get(p.first()).text();
                if (TITLE_OPENERS.contains(opening.toLowerCase(java.util.Locale.ROOT)) || p.text().contains(":")) continue;
                // A verb in front ("encourages heads", "having multiple heads") means the chunker took in the clause.
                if (s.tokens().get(p.first()).isVerb() || s.tokens().get(p.first()).isNumber()) continue;
                if (type == EntityType.CONCEPT && PHENOMENON_HEADS.contains(p.headLemma())) {
                    // "introducing bias" is a clause; "representations collapses", "scheduling shifts" have the head as their verb.
                    Token head = s.tokens().get(p.end() - 1);
                    if (firstWord.toLowerCase(java.util.Locale.ROOT).endsWith("ing") && !firstWord.contains("-")
                        || !head.text().equalsIgnoreCase(head.lemma()) && !p.headLemma().equals("bias")) continue;
                    // The importance of a kind of thing ("token importance", "weight importance"); adjectives rate it ("paramount importance").
                    if (p.headLemma().equals("importance") && (!s.tokens().get(p.first()).isNoun() || firstWord.contains("-"))) continue;
                }
                int start = p.start();
                // A title's leading gerund is its verb ("Revisiting Resume Classification"), not part of the task's name.
                String first = NounPhrases.lower(s.tokens().get(p.first()));
                // But a gerund with a plural object is the activity itself: "Interpreting Model Predictions".
                Token headToken = s.tokens().get(p.end() - 1);
                boolean things = !headToken.text().equalsIgnoreCase(headToken.lemma()) && headToken.text().toLowerCase(java.util.Locale.ROOT).endsWith("s");
                if (type == EntityType.TASK && words > 2 && first.endsWith("ing") && !first.contains("-") && !things)
                    start = s.tokens().get(p.first() + 1).start();
                Candidate c = new Candidate(text.section(), start, p.endOffset(), text.text().substring(start, p.endOffset()), type,
                    type == EntityType.TASK ? Role.ADDRESSES : type == EntityType.CONCEPT ? Role.STUDIES : null, 0.6, null,
                    type == EntityType.METHOD ? "headed-phrase-means" : "headed-phrase");
                // The title's task may narrow a known one ("multi-dataset object detection" holds "object detection").
                boolean free = type != EntityType.CONCEPT
                    ? known.stream().noneMatch(k -> k.overlaps(c) && (k.start() < c.start() || k.end() > c.end()))
                    : known.stream().noneMatch(k -> k.overlaps(c));
                if (free) out.add(c);
            }
    }

    private static EntityType typeOf(NounPhrases.Phrase p, Section section) {
        // A capitalised head ("Temporal Heads") is tagged as a proper noun and keeps its plural as its lemma.
        if (CONCEPT_HEADS.contains(EntityKeys.singular(p.headLemma()))) return EntityType.CONCEPT;
        if (CONCEPT_HEADS.contains(p.headLemma()) || PHENOMENON_HEADS.contains(p.headLemma())) return EntityType.CONCEPT;
        if (section == Section.TITLE && (TypeGuesser.isTaskHead(p.headLemma()) || TITLE_TASK_HEADS.contains(p.headLemma()))) return EntityType.TASK;
        return null;
    }
}
