package org.papergraph.bench;

import java.util.List;

/** One generated paper: text recombined from the bundled corpus, and arXiv-like metadata. */
record SyntheticPaper(String arxivId, String title, String abstractText, List<Author> authors,
                      String categories, String created, String updateDate) {
    /** An author's given and family name. */
    record Author(String first, String last) {
        String full() { return first + " " + last; }
    }
}
