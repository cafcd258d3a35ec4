package org.papergraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The file formats a synthetic corpus can be written in, and how one paper is written in each. */
public enum CorpusFormat {
    /** The bundled listing-page text: a header, then title and abstract lines. */
    LISTING("listing") {
        /** The page header the listing reader skips as boilerplate. */
        @Override void header(Writer out) throws IOException { out.write("Get trending papers in your email inbox!\n\n"); }

        @Override void write(SyntheticPaper p, Writer out) throws IOException {
            out.write(p.title());
            out.write('\n');
            out.write(p.abstractText());
            out.write("\n\n");
        }
    },
    /** The arXiv metadata snapshot: one JSON object per line. */
    ARXIV_JSONL("arxiv-jsonl") {
        @Override void write(SyntheticPaper p, Writer out) throws IOException { ArxivJsonLines.write(p, out); }
    };

    private final String cliName;

    CorpusFormat(String cliName) { this.cliName = cliName; }

    /** What the format is called on the command line. */
    public String cliName() { return cliName; }

    /** The format called {@code name} on the command line. */
    public static CorpusFormat of(String name) {
        for (CorpusFormat f : values()) if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown format '" + name + "' (listing or arxiv-jsonl)");
    }

    /** Writes what comes before the first paper. */
    void header(Writer out) throws IOException {}

    /** Writes one paper. */
    abstract void write(SyntheticPaper paper, Writer out) throws IOException;
}
