package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.paper.Section;

/**
 * Types the entities of one paper that no catalogue knows: a coined name, an undefined acronym, a described
 * phrase. Evidence in order of trust: the candidates' own types, the proposal's context, the long form's head,
 * the name's shape, a known variant's base, the lists it stands in, the words around it; Method by default.
 */
final class UnknownEntityTypes {
    private final Vocabulary vocabulary;
    private final AnnotatedPaper paper;
    private final Map<String, String> longFormOf;
    private final Collection<EntityGroup> groups;
    private List<Map.Entry<Candidate, EntityType>> listed;

    UnknownEntityTypes(Vocabulary vocabulary, AnnotatedPaper paper, Map<String, String> longFormOf, Collection<EntityGroup> groups) {
        this.vocabulary = vocabulary;
        this.paper = paper;
        this.longFormOf = longFormOf;
        this.groups = groups;
    }

    /** The type of an entity no catalogue knows, from its long form, its head, its shape, its context. */
    EntityType of(EntityGroup g, String label) {
        String longForm = g.acronym != null ? longFormOf.get(g.acronym) : null;
        EntityType fromHead = TypeGuesser.fromHead(longForm != null ? longForm : label);
        // "we introduce the FIND-Bench": a benchmark's spelling decides over the proposal finders' default Method
        if (fromHead == null && !label.contains(" ")) fromHead = TypeGuesser.fromNameShape(label);
        // A coined "... score" or "... distance" is a measure whatever the sentence calls it.
        boolean measureOrData = fromHead == EntityType.METRIC || fromHead == EntityType.DATASET;
        // The proposal finders call what a paper introduces a method by default; an acronym's long form
        // headed by "score" or "dataset" says better ("the modality importance score (MIS)"). A loss is trained, not reported.
        boolean headDecides = measureOrData && !TypeGuesser.head(longForm != null ? longForm : label).equals("loss");
        for (Candidate c : g.candidates)
            if (c.type() != null && !(headDecides && c.type() == EntityType.METHOD && c.role() == Role.PROPOSES)) return c.type();
        for (Candidate c : g.candidates) {
            if (c.role() == Role.PROPOSES && !measureOrData) {
                AnnotatedText text = paper.text(c.section());
                Sentence s = text.sentenceAt(c.start());
                String context = c.section() == Section.TITLE ? text.text() : s == null ? c.surface() : s.text();
                int at = context.indexOf(c.surface());
                return TypeGuesser.fromProposalContext(at < 0 ? "" : context.substring(at + c.surface().length()));
            }
        }
        if (fromHead == EntityType.TASK && builtOn(g)) return EntityType.METHOD;
        if (fromHead != null) return fromHead;
        if (longForm != null && isModifyingProperty(g, longForm)) return EntityType.CONCEPT;
        EntityType spelledOut = longForm == null ? spelledOutType(label) : null;
        if (spelledOut != null) return spelledOut;
        EntityType byName = TypeGuesser.fromNameShape(label);
        if (byName != null) return byName;
        // A variant takes its base's kind: "ILSVRC13" is a release of a dataset, "LoRA-FA" a method.
        VocabularyConcept base = label.contains(" ") ? null : VariantNames.baseOf(label, vocabulary);
        if (base != null && base.types().size() == 1) return base.types().iterator().next();
        List<Map.Entry<Candidate, EntityType>> neighbours = knownListItems();
        for (Candidate c : g.candidates) {
            String textOf = paper.text(c.section()).text();
            EntityType t = ListContext.datasetByWords(textOf, c.start(), c.end());
            if (t == null) t = ListContext.byNeighbours(textOf, c, neighbours);
            if (t != null) return t;
        }
        for (Candidate c : g.candidates) {
            String textOf = paper.text(c.section()).text();
            EntityType t = TypeGuesser.fromContext(textOf.substring(Math.max(0, c.start() - 40), c.start()),
                textOf.substring(c.end(), Math.min(textOf.length(), c.end() + 30)));
            if (t != null) return t;
        }
        return EntityType.METHOD;
    }

    private static final java.util.regex.Pattern MEANS_BEFORE = java.util.regex.Pattern.compile(
        "(?i)\\b(?:based on|built on|relies on|rely on|using|via|by means of)\\s+(?:the\\s+)?$");

    /**
     * "algorithms based on Bipartite Soft Matching (BSM)": what a method is built on or uses is a technique, though
     * its name ends in an activity ("matching") that is otherwise a task's.
     */
    private boolean builtOn(EntityGroup g) {
        for (Candidate c : g.candidates) {
            if (!c.rule().equals("acronym-long-form")) continue;
            String text = paper.text(c.section()).text();
            if (MEANS_BEFORE.matcher(text.substring(Math.max(0, c.start() - 30), c.start())).find()) return true;
        }
        return false;
    }

    /**
     * "out-of-distribution (OOD) detection", "self-influence (SI) scores", "long-tailed (LT) recognition": a long form
     * of one hyphenated word, defined where it qualifies the noun after it, names a property things have, not a technique.
     */
    private boolean isModifyingProperty(EntityGroup g, String longForm) {
        if (longForm.contains(" ") || longForm.indexOf('-') <= 0) return false;
        for (Candidate c : g.candidates) {
            if (!c.rule().equals("acronym-definition")) continue;
            Sentence s = paper.text(c.section()).sentenceAt(c.start());
            if (s == null) continue;
            List<org.papergraph.nlp.Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() < c.end()) continue;
                int next = tokens.get(i).text().equals(")") ? i + 1 : i;
                return next < tokens.size() && tokens.get(next).isNoun() && Character.isLowerCase(tokens.get(next).text().charAt(0));
            }
        }
        return false;
    }

    /**
     * "SemRe-Rank: Improving Automatic Term Extraction ..." and then "ATE" throughout: an acronym the paper never
     * defines, whose letters begin the words of one phrase of its title or abstract, is of the kind that phrase's
     * head says (a task here), not the unknown name's default method. Null when no or several phrases fit.
     */
    private EntityType spelledOutType(String label) {
        if (!TypeGuesser.isAcronym(label)) return null;
        Set<String> phrases = new LinkedHashSet<>();
        for (Section section : List.of(Section.TITLE, Section.ABSTRACT)) {
            AnnotatedText text = paper.text(section);
            if (text != null) phrases.addAll(TypeGuesser.spelledOut(label, text.text()));
        }
        if (phrases.size() != 1) return null;
        String phrase = phrases.iterator().next();
        // "Subclass-balancing Contrastive Learning" (SBCL): a learning is a task or the method that does it; the default stands.
        return TypeGuesser.head(phrase).equals("learning") ? null : TypeGuesser.fromHead(phrase);
    }

    /** Mentions of vocabulary datasets and metrics, and of names the words call datasets: unknown names listed with them share their type. */
    private List<Map.Entry<Candidate, EntityType>> knownListItems() {
        if (listed != null) return listed;
        List<Map.Entry<Candidate, EntityType>> out = new ArrayList<>();
        for (EntityGroup g : groups) {
            if (g.concept == null) {
                for (Candidate c : g.candidates)
                    if (ListContext.datasetByWords(paper.text(c.section()).text(), c.start(), c.end()) != null) out.add(Map.entry(c, EntityType.DATASET));
                continue;
            }
            if (g.concept.types().size() != 1) continue;
            EntityType t = g.concept.types().iterator().next();
            if (t == EntityType.DATASET || t == EntityType.METRIC)
                for (Candidate c : g.candidates) out.add(Map.entry(c, t));
        }
        return listed = out;
    }
}
