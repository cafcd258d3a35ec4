package org.papergraph.vocabulary;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** One concept as it accumulates facts from several sources before it is written. */
public final class ConceptEntry {
    private final String slug;
    private final String prefLabel;
    private VocabType type;
    private final Set<VocabType> types = EnumSet.noneOf(VocabType.class);
    private final Set<String> altLabels = new TreeSet<>();
    // Broader concepts are named by label until every source is read; then resolved to slugs.
    private final Set<String> broaderLabels = new LinkedHashSet<>();
    private final Set<String> broader = new TreeSet<>();
    private final Set<Source> sources = EnumSet.noneOf(Source.class);

    ConceptEntry(String slug, String prefLabel, VocabType type) {
        this.slug = slug;
        this.prefLabel = prefLabel;
        this.type = type;
        this.types.add(type);
    }

    /** The IRI slug, from the preferred label. */
    public String slug() { return slug; }

    /** The preferred label. */
    public String prefLabel() { return prefLabel; }

    /** The type that decides the scheme. */
    public VocabType type() { return type; }

    /** Makes the concept one of another kind only: its scheme and its single type. */
    void retype(VocabType only) {
        type = only;
        types.clear();
        types.add(only);
    }

    /** All pg types, the scheme's included. */
    public Set<VocabType> types() { return types; }

    /** Alternative labels, sorted. */
    public Set<String> altLabels() { return altLabels; }

    /** Unresolved broader labels, in the order they were given. */
    Set<String> broaderLabels() { return broaderLabels; }

    /** Slugs of the broader concepts, sorted. */
    public Set<String> broader() { return broader; }

    /** The sources that contributed. */
    public Set<Source> sources() { return sources; }

    /** Every label, preferred first. */
    public Set<String> labels() {
        Set<String> all = new LinkedHashSet<>();
        all.add(prefLabel);
        all.addAll(altLabels);
        return all;
    }
}
