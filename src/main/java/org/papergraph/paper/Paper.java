package org.papergraph.paper;

import java.util.List;
import java.util.Objects;

/**
 * A paper as read from a listing: the text to analyse plus whatever bibliographic metadata the
 * source format carries. Optional fields are null or empty lists, never absent keys.
 *
 * @param title         the title, whitespace-normalised
 * @param abstractText  the abstract, whitespace-normalised
 * @param source        where the record was read
 * @param metadata      bibliographic metadata (authors, ids, dates); {@link PaperMetadata#EMPTY} when none
 */
public record Paper(String title, String abstractText, SourceLocation source, PaperMetadata metadata) {

    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(source, "source");
        metadata = metadata == null ? PaperMetadata.EMPTY : metadata;
    }

    /** A paper with text only, as the listing pages give it. */
    public Paper(String title, String abstractText, SourceLocation source) {
        this(title, abstractText, source, PaperMetadata.EMPTY);
    }

    /** The text of one section. */
    public String text(Section section) {
        return section == Section.TITLE ? title : abstractText;
    }

    /** Convenience for readers that know only a few fields. */
    public List<String> authors() { return metadata.authors(); }
}
