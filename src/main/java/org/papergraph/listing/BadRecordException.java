package org.papergraph.listing;

/** A problem with one record (no title, no abstract, absurd size): the reader can go on with the next record. */
public class BadRecordException extends ListingException {
    private final String record;

    public BadRecordException(String file, long line, String record, String problem) {
        super(file, line, record + ": " + problem);
        this.record = record;
    }

    /** Which record, e.g. "record 17 (arXiv 2403.01234)". */
    public String record() { return record; }
}
