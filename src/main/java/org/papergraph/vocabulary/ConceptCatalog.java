package org.papergraph.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.papergraph.recognize.EntityKeys;

/**
 * All concepts of all schemes, keyed by slug. Sources are added in order of trust (curated tables
 * first), so the first source to name a concept chooses its preferred label and scheme; later
 * sources only add labels and broader links (and types, to a concept no curated table lists).
 */
public final class ConceptCatalog {
    private final LabelPolicy policy;
    private final Map<String, ConceptEntry> bySlug = new TreeMap<>();
    // Label key -> slugs of the concepts carrying that label, to merge a name given as an acronym
    // by one source and as the long form by another.
    private final Map<String, Set<String>> byLabelKey = new HashMap<>();

    public ConceptCatalog(LabelPolicy policy) {
        this.policy = policy;
    }

    /**
     * Adds a concept or merges it into an existing one; returns the entry, or null when no label
     * survives the label policy. A disallowed preferred label gives way to the first allowed altLabel.
     */
    public ConceptEntry add(VocabType type, String prefLabel, Collection<String> altLabels,
                            Collection<String> broaderLabels, Collection<VocabType> extraTypes, Source source) {
        List<String> labels = new ArrayList<>();
        for (String l : prepend(prefLabel, altLabels)) {
            String c = Labels.clean(l);
            if (policy.allows(c) && !labels.contains(c)) labels.add(c);
        }
        if (labels.isEmpty()) return null;
        ConceptEntry entry = find(type, labels);
        if (entry == null) {
            String slug = EntityKeys.slug(labels.get(0));
            entry = new ConceptEntry(slug, labels.get(0), type);
            bySlug.put(slug, entry);
        }
        for (String l : labels) {
            // Case variants of a case-sensitive name are kept: the lookup matches those by exact case ("Llama" of "LLaMA").
            if (!hasLabelKey(entry, EntityKeys.key(l)) || isCaseVariant(entry, l)) entry.altLabels().add(l);
            byLabelKey.computeIfAbsent(EntityKeys.key(l), k -> new LinkedHashSet<>()).add(entry.slug());
        }
        // The curated tables decide the kinds of what they list: a catalogue that files a curated method under
        // its tasks too ("data augmentation", "large language model") or a curated component under its methods
        // ("residual connection") adds labels and links, not a second type the annotators' conventions lack.
        if (!entry.sources().contains(Source.CURATED) || source == Source.CURATED) {
            if (extraTypes != null) entry.types().addAll(extraTypes);
            entry.types().add(type);
        }
        if (broaderLabels != null) broaderLabels.stream().map(Labels::clean).filter(b -> !b.isEmpty()).forEach(entry.broaderLabels()::add);
        entry.sources().add(source);
        return entry;
    }

    /**
     * The existing concept a new one is the same as: same slug; else a concept whose preferred label
     * is one of the new long forms; else a concept carrying the new preferred label. Short acronyms
     * are often ambiguous ("LDA", "VOS"), so they match only within the same type.
     */
    private ConceptEntry find(VocabType type, List<String> labels) {
        ConceptEntry same = bySlug.get(EntityKeys.slug(labels.get(0)));
        if (same != null) return same;
        for (String label : labels.subList(1, labels.size())) {
            ConceptEntry other = bySlug.get(EntityKeys.slug(label));
            if (other != null && (other.types().contains(type) || !isShortName(label))) return other;
        }
        ConceptEntry crossType = null;
        for (String slug : byLabelKey.getOrDefault(EntityKeys.key(labels.get(0)), Set.of())) {
            ConceptEntry other = bySlug.get(slug);
            if (other.types().contains(type)) return other;
            if (crossType == null && !isShortName(labels.get(0))) crossType = other;
        }
        return crossType;
    }

    /** A name of one short word, such as an acronym, which may stand for different things. */
    static boolean isShortName(String label) {
        return !label.strip().contains(" ") && label.strip().length() <= 6;
    }

    /** True if the concept already carries a label with this key (one surface form per key is enough). */
    private static boolean hasLabelKey(ConceptEntry entry, String key) {
        return entry.labels().stream().anyMatch(l -> EntityKeys.key(l).equals(key));
    }

    private static List<String> prepend(String first, Collection<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        if (rest != null) all.addAll(rest);
        return all;
    }

    /** The concept with this slug, or null. */
    public ConceptEntry get(String slug) { return bySlug.get(slug); }

    /** The concept whose preferred or alternative label has this key (preferred labels first), or null. */
    public ConceptEntry byLabel(String label) {
        String key = EntityKeys.key(label);
        ConceptEntry pref = bySlug.get(EntityKeys.slug(label));
        if (pref != null) return pref;
        Set<String> slugs = byLabelKey.get(key);
        return slugs == null || slugs.isEmpty() ? null : bySlug.get(slugs.iterator().next());
    }

    /** All concepts, sorted by slug. */
    public Collection<ConceptEntry> all() { return bySlug.values(); }

    /**
     * Turns broader labels into slugs. Unknown targets are reported and dropped; a link that would
     * close a cycle is dropped too, since a hierarchy with cycles confuses every SKOS consumer.
     */
    public List<String> resolveBroader() {
        List<String> problems = new ArrayList<>();
        for (ConceptEntry e : bySlug.values()) {
            for (String label : e.broaderLabels()) {
                ConceptEntry target = byLabel(label);
                if (target == null) {
                    problems.add(e.prefLabel() + " -> unknown broader '" + label + "'");
                } else if (target != e && !reaches(target.slug(), e.slug())) {
                    e.broader().add(target.slug());
                }
            }
            e.broaderLabels().clear();
        }
        return problems;
    }

    /** True if {@code from} reaches {@code to} by broader links already resolved. */
    private boolean reaches(String from, String to) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(from));
        while (!stack.isEmpty()) {
            String s = stack.remove(stack.size() - 1);
            if (s.equals(to)) return true;
            if (seen.add(s)) stack.addAll(bySlug.get(s).broader());
        }
        return false;
    }

    /** A spelling of an existing case-sensitive label that differs from every label only in case. */
    private static boolean isCaseVariant(ConceptEntry entry, String label) {
        if (label.equals(entry.prefLabel()) || entry.altLabels().contains(label)) return false;
        String key = EntityKeys.key(label);
        boolean sensitive = org.papergraph.recognize.Vocabulary.isCaseSensitive(label);
        for (String existing : entry.labels())
            if (EntityKeys.key(existing).equals(key) && (sensitive || org.papergraph.recognize.Vocabulary.isCaseSensitive(existing))) return true;
        return false;
    }
}
