package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.paper.Section;

/**
 * Merges the candidates of one paper into entities: one group per vocabulary concept or canonical
 * name, where an acronym and its long form share the acronym's group. Decides type, role, label.
 */
final class EntityGrouping {
    private final Vocabulary vocabulary;
    private final AnnotatedPaper paper;
    /** Surface key of a defined acronym or long form -> the acronym. */
    private final Map<String, String> definedAs = new HashMap<>();
    private final Map<String, String> longFormOf = new HashMap<>();
    private final Map<String, EntityGroup> groups = new LinkedHashMap<>();
    private Map<String, Entity> entities;
    private UnknownEntityTypes unknownTypes;

    EntityGrouping(Vocabulary vocabulary, List<AcronymFinder.Definition> definitions, AnnotatedPaper paper) {
        this.vocabulary = vocabulary;
        this.paper = paper;
        this.definitions.addAll(definitions);
        for (AcronymFinder.Definition d : definitions) {
            definedAs.put(EntityKeys.key(d.longForm()), d.shortForm());
            definedAs.put(EntityKeys.key(d.shortForm()), d.shortForm());
            longFormOf.put(d.shortForm(), d.longForm());
        }
    }

    void addAll(List<Candidate> candidates) {
        for (Candidate c : candidates) wrapsDefinition(c);
        List<String> names = coinedNames(candidates);
        for (Candidate c : candidates) if (!insideCoinedName(c, names)) add(c);
    }

    /**
     * The names the paper gives its own things: the long forms of the acronyms it defines ("Spatial Augmented
     * Pruning (SAP)") and the phrases it proposes ("Hybrid Distillation", "a forgery-aware adapter", "a
     * self-training clustering strategy"), which the field does not know.
     */
    private List<String> coinedNames(List<Candidate> candidates) {
        List<String> names = new ArrayList<>();
        for (AcronymFinder.Definition d : definitions) names.add(d.longForm());
        for (Candidate c : candidates)
            if (c.role() == Role.PROPOSES && c.concept() == null && c.surface().strip().contains(" ")) names.add(c.surface());
        names.removeIf(n -> vocabulary.lookup(n) != null);
        return names;
    }

    /**
     * "a Spatial Augmented Pruning (SAP) strategy", "Hybrid Distillation: Connecting ...": a catalogue term
     * inside a name the paper coins is a word of that name, wherever the name stands (the title too), not a use
     * of the term. A task keeps its place: "class-incremental Novel Class Discovery (class-iNCD)" narrows the
     * task it addresses.
     */
    private boolean insideCoinedName(Candidate c, List<String> names) {
        if (c.concept() == null || !c.rule().equals("vocabulary")) return false;
        if (c.concept().types().equals(Set.of(EntityType.TASK))) return false;
        String text = paper.text(c.section()).text().toLowerCase(java.util.Locale.ROOT);
        for (String name : names) {
            if (name.length() <= c.surface().length()) continue;
            int from = Math.max(0, c.end() - name.length());
            int at = text.indexOf(name.toLowerCase(java.util.Locale.ROOT), from);
            if (at >= 0 && at <= c.start() && c.end() <= at + name.length()) return true;
        }
        return false;
    }

    /** Acronym -> the known entity a definition is the first part of: "Click-through rate (CTR) prediction". */
    private final Map<String, VocabularyConcept> wrappedBy = new HashMap<>();
    private final List<AcronymFinder.Definition> definitions = new ArrayList<>();

    /**
     * "Click-through rate (CTR) prediction", "Nearest Neighbor (NN) search": the acronym is defined inside
     * the name of a known entity, which the vocabulary matched from the acronym on ("CTR) prediction");
     * the paper then uses the acronym and the long form for that entity.
     */
    private void wrapsDefinition(Candidate c) {
        if (c.concept() == null) return;
        for (AcronymFinder.Definition d : definitions)
            if (c.start() == d.shortStart() && c.end() > d.shortEnd() + 1 && c.surface().startsWith(d.shortForm() + ")")
                && d.longEnd() < d.shortStart()) wrappedBy.put(d.shortForm(), c.concept());
    }

    /** A web address is a link of the paper, never the name of an entity. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("(?i).*(?:://|^www\\.).*|[\\w-]+(?:\\.[\\w-]+)*\\.(?:io|com|org|net|ai|ml|edu)(?:/\\S*)?");

    private void add(Candidate c) {
        if (ADDRESS.matcher(c.surface()).matches()) return;
        if (c.surface().endsWith("-")) {
            // "Zero-" of "Zero- and Few-Shot" is a cut word; "CLIP-" of "CLIP-ViT" is the name with the tokenizer's hyphen.
            String text = paper.text(c.section()).text();
            boolean joined = c.end() < text.length() && Character.isLetterOrDigit(text.charAt(c.end()));
            String name = c.surface().substring(0, c.surface().length() - 1);
            if (!joined || name.isEmpty() || vocabulary.lookup(name) == null) return;
            c = new Candidate(c.section(), c.start(), c.end() - 1, name, c.type(), c.role(), c.confidence(), c.concept(), c.rule());
        }
        c = withSpacedVariant(c);
        c = withSharedTask(c);
        String key = EntityKeys.key(c.surface());
        String acronym = definedAs.get(key);
        VocabularyConcept concept = acronym != null ? definedConcept(acronym, c.concept()) : c.concept();
        if (concept == null && acronym == null) concept = vocabulary.lookup(c.surface());
        String groupKey = concept != null ? "vocab:" + concept.slug() : EntityKeys.slug(acronym != null ? acronym : c.surface());
        EntityGroup g = groups.computeIfAbsent(groupKey, k -> new EntityGroup());
        // A paper does not coin what the field already names: a well-known phrase it "proposes" is used.
        // A camel-case name ("we propose AdaLoRA") is the exception: catalogues list methods under the names their papers coined.
        if (concept != null && c.role() == Role.PROPOSES && !c.rule().startsWith("title-prefix") && !isCoinedNameShape(c.surface()))
            c = c.withRole(Role.USES, c.confidence(), "known");
        g.candidates.add(c);
        if (concept != null) g.concept = concept;
        if (acronym != null) g.acronym = acronym;
        entities = null;
        unknownTypes = null;
    }

    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}");

    private static boolean isCoinedNameShape(String surface) {
        return !surface.contains(" ") && CAMEL_CASE.matcher(surface).find();
    }

    private static final java.util.regex.Pattern SHARED_TASK = java.util.regex.Pattern.compile("^(?:\\s+(?:19|20)\\d\\d)?\\s+Task\\s+\\d{1,2}\\b");

    /**
     * "SemEval-2024 Task 6", "DCASE 2018 Task 2": a shared task of an evaluation campaign is its own benchmark, as
     * a model's size names its own variant.
     */
    private Candidate withSharedTask(Candidate c) {
        boolean campaign = c.concept() != null ? c.concept().types().contains(EntityType.DATASET) : !c.surface().contains(" ") && NameShapes.isNameLike(c.surface());
        if (!campaign) return c;
        String text = paper.text(c.section()).text();
        java.util.regex.Matcher m = SHARED_TASK.matcher(text).region(c.end(), text.length());
        if (!m.lookingAt()) return c;
        return new Candidate(c.section(), c.start(), m.end(), text.substring(c.start(), m.end()), EntityType.DATASET, c.role(), c.confidence(), null,
            c.rule() + "+shared-task");
    }

    /**
     * "Gemma1.1 2B", "OWSM v3": a model name followed by its size or version as a word of its own names that
     * variant, which is its own entity (as "BART-large" is). Only names, never common-word labels.
     */
    private Candidate withSpacedVariant(Candidate c) {
        if (c.surface().contains(" ") || !NameShapes.isNameLike(c.surface()) && !(c.concept() != null && Vocabulary.hasUpperInside(c.surface()))) return c;
        if (c.concept() != null && !c.concept().types().contains(EntityType.METHOD)) return c;
        String text = paper.text(c.section()).text();
        int end = ModelVariants.spacedSuffixEnd(text, c.end());
        if (end == c.end()) return c;
        return new Candidate(c.section(), c.start(), end, text.substring(c.start(), end), EntityType.METHOD, c.role(), c.confidence(), null,
            c.rule() + "+spaced-variant");
    }

    /**
     * The vocabulary concept of an acronym the paper defines: its long form decides ("continual learning
     * (CL)" is not the catalogue's "CL"); a short catalogue acronym whose labels lack the paper's long form
     * names something else, so the paper's own definition stands alone.
     */
    private VocabularyConcept definedConcept(String acronym, VocabularyConcept found) {
        if (wrappedBy.containsKey(acronym)) return wrappedBy.get(acronym);
        String longForm = longFormOf.get(acronym);
        VocabularyConcept fromLong = longForm == null ? null : vocabulary.lookup(longForm);
        if (fromLong != null) return fromLong;
        VocabularyConcept concept = found != null ? found : vocabulary.lookup(acronym);
        if (concept == null || longForm == null || acronym.length() > 3) return concept;
        String key = EntityKeys.key(longForm);
        boolean listsLongForm = EntityKeys.key(concept.prefLabel()).equals(key)
            || concept.altLabels().stream().anyMatch(a -> EntityKeys.key(a).equals(key));
        return listsLongForm ? concept : null;
    }

    /** One mention per entity, with the strongest role found and its evidence. */
    List<EntityMention> mentions() {
        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<String, EntityGroup> e : groups.entrySet()) {
            EntityGroup g = e.getValue();
            Entity entity = entity(e.getKey());
            if (entity == null || isBackground(g) || isQualifiedElsewhere(e.getKey(), g) || onlyNarrowed(g) || isMethodsOfATask(g)) continue;
            Candidate best = g.candidates.get(0);
            Role role = null;
            for (Candidate c : g.candidates) {
                if (c.role() != null && (role == null || Role.stronger(c.role(), role) == c.role())) { role = c.role(); best = c; }
                else if (role == null && c.confidence() > best.confidence()) best = c;
            }
            if (role == null) role = defaultRole(entity.primaryType());
            double confidence = g.candidates.stream().mapToDouble(Candidate::confidence).max().orElse(0.5);
            out.add(new EntityMention(entity, role, confidence, evidence(best), best.rule()));
        }
        return out;
    }

    /** Kind words that, after a task's name, name the family of methods for that task rather than one method. */
    private static final Set<String> METHOD_KINDS = Set.of("method", "model", "approach", "technique", "algorithm");

    /**
     * A catalogue category that is a task's name plus a kind word ("semi-supervised learning methods",
     * "speech separation models", "interpretability methods"): the paper points at the family of
     * methods for the task, not at one method, unless it proposes one so named.
     */
    private boolean isMethodsOfATask(EntityGroup g) {
        if (g.concept == null || !g.concept.types().contains(EntityType.METHOD)) return false;
        for (Candidate c : g.candidates) {
            if (c.role() == Role.PROPOSES || !c.rule().equals("vocabulary")) return false;
            String key = EntityKeys.key(c.surface());
            int cut = c.surface().lastIndexOf(' ');
            if (cut < 0 || !METHOD_KINDS.contains(key.substring(key.lastIndexOf(' ') + 1))) return false;
            VocabularyConcept task = vocabulary.lookup(c.surface().substring(0, cut).strip());
            if (task == null || !task.types().contains(EntityType.TASK)) return false;
        }
        return true;
    }

    /** A catalogue method or component the paper names only as the head of narrower kinds ("text-to-image diffusion models", "a learnable linear layer"). */
    private boolean onlyNarrowed(EntityGroup g) {
        if (g.concept == null || !g.concept.types().contains(EntityType.METHOD) && !g.concept.types().contains(EntityType.CONCEPT)) return false;
        return g.candidates.stream().allMatch(c -> c.rule().equals("vocabulary") && NarrowedMentions.isNarrowed(paper.text(c.section()), c));
    }

    /** An umbrella term the paper only frames itself with: kept only when the paper names it as its own. */
    private boolean isBackground(EntityGroup g) {
        // "artificial intelligence (AI)": the paper's own definition of an umbrella term is still the umbrella term.
        boolean umbrella = BackgroundTerms.isBackground(g.concept)
            || g.concept == null && g.acronym != null && BackgroundTerms.isBackgroundLabel(longFormOf.getOrDefault(g.acronym, ""))
            || g.concept == null && g.candidates.stream().allMatch(c -> BackgroundTerms.isBackgroundLabel(c.surface()));
        return umbrella && g.candidates.stream().noneMatch(c -> c.rule().startsWith("title-prefix"));
    }

    /**
     * A bare generic measure ("accuracy") in a paper that names the accuracy it reports ("top-1 accuracy",
     * "validation accuracy"): the bare word is the quality in general ("hinder the accuracy of ..."), the
     * qualified one is the measure.
     */
    private boolean isQualifiedElsewhere(String groupKey, EntityGroup g) {
        if (g.concept == null || !g.concept.types().contains(EntityType.METRIC)) return false;
        String key = EntityKeys.key(g.concept.prefLabel());
        if (key.contains(" ") || g.candidates.stream().anyMatch(c -> !EntityKeys.key(c.surface()).equals(key))) return false;
        for (Map.Entry<String, EntityGroup> other : groups.entrySet()) {
            if (other.getKey().equals(groupKey)) continue;
            Entity e = entity(other.getKey());
            if (e != null && e.types().contains(EntityType.METRIC) && EntityKeys.key(e.label()).endsWith(" " + key)) return true;
        }
        return false;
    }

    /** Mentions of entities of one type in one section, in text order, for result extraction. */
    List<Map.Entry<Candidate, Entity>> located(Section section, EntityType type) {
        List<Map.Entry<Candidate, Entity>> out = new ArrayList<>();
        for (Map.Entry<String, EntityGroup> e : groups.entrySet()) {
            Entity entity = entity(e.getKey());
            if (entity == null || !entity.types().contains(type)) continue;
            for (Candidate c : e.getValue().candidates)
                if (c.section() == section) out.add(Map.entry(c, entity));
        }
        out.sort((a, b) -> Integer.compare(a.getKey().start(), b.getKey().start()));
        return out;
    }

    /** Variant-of relations: an unknown name that extends a known one ("ALoRA", "LoRA-FA"). */
    List<EntityRelation> relations() {
        List<EntityRelation> out = new ArrayList<>();
        for (String key : groups.keySet()) {
            Entity e = entity(key);
            if (e == null || e.known()) continue;
            VocabularyConcept base = VariantNames.baseOf(e.label(), vocabulary);
            if (base != null && !base.slug().equals(e.slug()))
                out.add(new EntityRelation(e, EntityRelation.Kind.VARIANT_OF, base.asEntity(base.prefLabel())));
        }
        return out;
    }

    private Entity entity(String groupKey) {
        if (entities == null) {
            entities = new HashMap<>();
            for (Map.Entry<String, EntityGroup> e : groups.entrySet()) {
                Entity entity = build(e.getValue());
                if (entity != null) entities.put(e.getKey(), entity);
            }
        }
        return entities.get(groupKey);
    }

    private Entity build(EntityGroup g) {
        Set<String> surfaces = new LinkedHashSet<>();
        for (Candidate c : g.candidates) surfaces.add(c.surface());
        if (g.concept != null) {
            Set<String> alts = new LinkedHashSet<>(surfaces);
            alts.remove(g.concept.prefLabel());
            return new Entity(g.concept.slug(), g.concept.prefLabel(), g.concept.types(), alts, true);
        }
        String label = g.acronym != null ? g.acronym : mostCommon(g.candidates);
        if (g.acronym != null && longFormOf.containsKey(g.acronym)) surfaces.add(longFormOf.get(g.acronym));
        surfaces.remove(label);
        if (unknownTypes == null) unknownTypes = new UnknownEntityTypes(vocabulary, paper, longFormOf, groups.values());
        EntityType type = unknownTypes.of(g, label);
        return new Entity(EntityKeys.slug(withoutKindOfActivity(label)), label, Set.of(type), surfaces, false);
    }

    private static String mostCommon(List<Candidate> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : candidates) counts.merge(c.surface(), c.role() == Role.PROPOSES ? 10 : 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    private static Role defaultRole(EntityType type) {
        return switch (type) {
            case TASK -> Role.ADDRESSES;
            case CONCEPT -> Role.STUDIES;
            default -> Role.USES;
        };
    }

    private Evidence evidence(Candidate c) {
        AnnotatedText text = paper.text(c.section());
        Sentence s = text.sentenceAt(c.start());
        int ss = s == null ? 0 : s.start(), se = s == null ? text.text().length() : s.end();
        // The quote is the text at the offsets ("Deletion and Insertion scores"), whatever name the candidate gives it.
        return new Evidence(c.section(), c.start(), c.end(), text.text().substring(c.start(), c.end()), ss, se);
    }

    private static final java.util.regex.Pattern KIND_OF_ACTIVITY = java.util.regex.Pattern.compile(
        "(?i)^(\\S+(?:\\s+\\S+)*\\s+\\S+(?:tion|sion|ing|sis|ment))\\s+(?:technique|method|approach|algorithm|procedure)s?$");

    /**
     * "concept importance estimation technique" is concept importance estimation: a technique named by the
     * activity it performs is that activity, so both spellings share one IRI across papers (the label stays).
     */
    static String withoutKindOfActivity(String label) {
        java.util.regex.Matcher m = KIND_OF_ACTIVITY.matcher(label);
        return m.matches() ? m.group(1) : label;
    }
}
