package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Strict UTF-8 line reading that turns undecodable or binary content into a {@link ListingException}
 * with its line. Lines are bounded: the characters past the limit are skipped, not held, so a file
 * without line breaks cannot exhaust memory; {@link #truncated()} tells the caller.
 */
final class TextLines implements AutoCloseable {
    /** The default bound: far above any real line of a listing, far below the heap. */
    static final int DEFAULT_MAX_LINE = 4 << 20;

    private final Reader reader;
    private final String fileName;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long lineNumber;
    private long lastLength;

    TextLines(InputStream in, String fileName) {
        this(in, fileName, DEFAULT_MAX_LINE);
    }

    TextLines(InputStream in, String fileName, int maxLine) {
        this.reader = new StrictUtf8Reader(in);
        this.fileName = fileName;
        this.maxLine = maxLine;
    }

    /** The next line without its line break (cut at the bound), or null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) return null;
                break;
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') pos++;
            int n = pos - start;
            int keep = (int) Math.min(n, Math.max(0, maxLine - length));
            line.append(buffer, start, keep);
            length += n;
            if (pos < end) {   // at the line break
                pos++;
                break;
            }
        }
        lineNumber++;
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r' && length <= maxLine) {
            line.setLength(line.length() - 1);
            length--;
        }
        lastLength = length;
        if (line.indexOf("\0") >= 0)
            throw new ListingException(fileName, lineNumber, "binary content (NUL byte): not a text file");
        return line.toString();
    }

    /** Whether the last line was longer than the bound (and was cut). */
    boolean truncated() { return lastLength > maxLine; }

    /** The full length of the last line in characters, even when it was cut. */
    long lastLength() { return lastLength; }

    /** The 1-based number of the last line returned. */
    long lineNumber() { return lineNumber; }

    private boolean fill() throws IOException {
        try {
            int n = reader.read(buffer, 0, buffer.length);
            if (n < 0) return false;
            pos = 0;
            end = n;
            return true;
        } catch (CharacterCodingException e) {
            // The reader hands out the good text before bad bytes first, so the bad bytes are on the next line.
            throw new ListingException(fileName, lineNumber + 1, "not UTF-8 text (binary file or wrong encoding)");
        }
    }

    @Override
    public void close() throws IOException { reader.close(); }
}
