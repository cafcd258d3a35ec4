package org.papergraph.listing;

/** Bad input: says which file and line (and record, where the format has records) and what is wrong. */
public class ListingException extends RuntimeException {
    private final String file;
    private final long line;

    public ListingException(String file, long line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public ListingException(String file, long line, String message, Throwable cause) {
        super(file + ":" + line + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }

    public long line() { return line; }
}
