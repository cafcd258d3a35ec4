package org.papergraph.paper;

import java.util.List;

/**
 * Bibliographic metadata some input formats carry. Every field is optional.
 *
 * @param arxivId     arXiv identifier without version, e.g. "2403.01234"
 * @param doi         DOI without resolver prefix, lower case
 * @param authors     author names in order
 * @param published   publication date as ISO-8601 (yyyy-MM-dd), or null
 * @param categories  subject categories (arXiv categories, ...)
 * @param venue       venue or volume title
 * @param links       URLs the source associates with the paper (code, project page)
 * @param curatedTasks   task names a curated source (Papers with Code) assigns
 * @param curatedMethods method names a curated source assigns
 * @param sourceName  short name of the source format, for provenance ("listing", "arxiv-atom", ...)
 */
public record PaperMetadata(String arxivId, String doi, List<String> authors, String published,
                            List<String> categories, String venue, List<String> links,
                            List<String> curatedTasks, List<String> curatedMethods, String sourceName) {

    public static final PaperMetadata EMPTY =
        new PaperMetadata(null, null, List.of(), null, List.of(), null, List.of(), List.of(), List.of(), "listing");

    public PaperMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        links = links == null ? List.of() : List.copyOf(links);
        curatedTasks = curatedTasks == null ? List.of() : List.copyOf(curatedTasks);
        curatedMethods = curatedMethods == null ? List.of() : List.copyOf(curatedMethods);
        sourceName = sourceName == null ? "listing" : sourceName;
    }
}
