package org.papergraph.listing;

import org.papergraph.paper.Paper;
import org.papergraph.paper.PaperMetadata;
import org.papergraph.paper.PaperSink;
import org.papergraph.paper.SourceLocation;

/**
 * The checks every format shares, between a reader and the sink: a record needs a title and an
 * abstract of sane size; a bad record goes to the {@link BadRecordPolicy} instead of the sink.
 */
final class RecordEmitter {
    /** Longer "titles" are a mis-parse or garbage, not a paper's title. */
    static final int MAX_TITLE = 2_000;
    /** The longest real abstracts are a few thousand characters; more is garbage that would stall the NLP stage. */
    static final int MAX_ABSTRACT = 100_000;

    private final String fileName;
    private final PaperSink sink;
    private final BadRecordPolicy policy;
    private int records;
    private int papers;

    RecordEmitter(String fileName, PaperSink sink, BadRecordPolicy policy) {
        this.fileName = fileName;
        this.sink = sink;
        this.policy = policy;
    }

    /** The label of the next record, e.g. "record 17 (arXiv 2403.01234)". */
    String label(String idKind, String id) {
        return "record " + (records + 1) + (id == null ? "" : " (" + idKind + " " + id + ")");
    }

    /** Checks one record and pushes it into the sink, or reports it; true if it was pushed. */
    boolean emit(long line, String label, String title, String abstractText, PaperMetadata metadata) {
        String t = Fields.text(title);
        String a = Fields.text(abstractText);
        String problem = t == null || t.isEmpty() ? "no title"
            : a == null || a.isEmpty() ? "no abstract"
            : t.length() > MAX_TITLE ? "title of " + t.length() + " characters (more than " + MAX_TITLE + ")"
            : a.length() > MAX_ABSTRACT ? "abstract of " + a.length() + " characters (more than " + MAX_ABSTRACT + ")"
            : null;
        if (problem != null) {
            bad(line, label, problem);
            return false;
        }
        records++;
        papers++;
        sink.paper(new Paper(t, a, new SourceLocation(fileName, line), metadata));
        return true;
    }

    /** Reports a bad record to the policy (which may throw) and counts it. */
    void bad(long line, String label, String problem) {
        records++;
        policy.handle(new BadRecordException(fileName, line, label, problem));
    }

    /** Records seen so far, good and bad. */
    int records() { return records; }

    /** Papers pushed into the sink so far. */
    int papers() { return papers; }

    /** Fails when the file held no record at all (an empty file, or one with only a header). */
    void requireRecords(long line, String what) {
        if (records == 0) throw new ListingException(fileName, Math.max(1, line), "no papers found (" + what + ")");
    }
}
