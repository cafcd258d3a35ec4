package org.papergraph.listing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.papergraph.paper.PaperMetadata;

/** Collects one record's metadata field by field, normalising as it goes, so readers stay declarative. */
final class MetadataBuilder {
    private final String sourceName;
    private String arxivId;
    private String doi;
    private String published;
    private String venue;
    private String primaryCategory;
    private final List<String> authors = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final Set<String> tasks = new LinkedHashSet<>();
    private final Set<String> methods = new LinkedHashSet<>();

    MetadataBuilder(String sourceName) { this.sourceName = sourceName; }

    /** Sets the arXiv id from an id, abs URL or versioned id; unrecognised values are ignored. */
    MetadataBuilder arxivId(String raw) {
        String id = Fields.arxivId(raw);
        if (id != null) arxivId = id;
        return this;
    }

    /** The arXiv id set so far, or null. */
    String arxivId() { return arxivId; }

    /** Sets the DOI (any resolver prefix is dropped). */
    MetadataBuilder doi(String raw) {
        String d = Fields.doi(raw);
        if (d != null) doi = d;
        return this;
    }

    /** Sets the publication date, if it is recognised and none was set yet (the first source of a date wins). */
    MetadataBuilder published(String raw) {
        if (published == null) published = Fields.isoDate(raw);
        return this;
    }

    /** Sets the venue. */
    MetadataBuilder venue(String raw) {
        String v = Fields.nonBlank(raw);
        if (v != null) venue = v;
        return this;
    }

    /** Adds an author name. */
    MetadataBuilder author(String raw) { return add(authors, raw); }

    /** Adds a subject category. */
    MetadataBuilder category(String raw) { return add(categories, raw); }

    /** Sets the primary category, which goes first whatever order the categories come in. */
    MetadataBuilder primaryCategory(String raw) {
        String c = Fields.nonBlank(raw);
        if (c != null) primaryCategory = c;
        return this;
    }

    /** Adds a link (URL). */
    MetadataBuilder link(String raw) { return add(links, raw); }

    /** Adds a task a curated source assigns. */
    MetadataBuilder task(String raw) { return add(tasks, raw); }

    /** Adds a method a curated source assigns. */
    MetadataBuilder method(String raw) { return add(methods, raw); }

    /** The metadata collected. */
    PaperMetadata build() {
        List<String> ordered = new ArrayList<>();
        if (primaryCategory != null) ordered.add(primaryCategory);
        categories.stream().filter(c -> !c.equals(primaryCategory)).forEach(ordered::add);
        return new PaperMetadata(arxivId, doi, authors, published, ordered, venue,
            List.copyOf(links), List.copyOf(tasks), List.copyOf(methods), sourceName);
    }

    private MetadataBuilder add(Collection<String> to, String raw) {
        String v = Fields.nonBlank(raw);
        if (v != null) to.add(v);
        return this;
    }
}
