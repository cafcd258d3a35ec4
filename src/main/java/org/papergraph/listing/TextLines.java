package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 line reading that turns undecodable or binary content into a {@link ListingException}
 * with its line. Lines are bounded: the characters past the limit are skipped, not held, so a file
 * without line breaks cannot exhaust memory; {@link #truncated()} tells the caller.
 */
final class TextLines implements AutoCloseable {
    /** The default bound: far above any real line of a listing, far below the heap. */
    static final int DEFAULT_MAX_LINE = 4 << 20;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final String fileName;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private boolean bytesDone;
    private boolean badBytes;
    private long lineNumber;
    private long lastLength;

    TextLines(InputStream in, String fileName) {
        this(in, fileName, DEFAULT_MAX_LINE);
    }

    TextLines(InputStream in, String fileName, int maxLine) {
        this.in = in;
        this.decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
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

    /** Decodes the next chunk; a decoding error is raised only after the good text before it was consumed, so its line is exact. */
    private boolean fill() throws IOException {
        if (badBytes) throw new ListingException(fileName, lineNumber + 1, "not UTF-8 text (binary file or wrong encoding)");
        CharBuffer chars = CharBuffer.wrap(buffer);
        while (chars.position() == 0) {
            CoderResult result = decoder.decode(bytes, chars, bytesDone);
            if (result.isError()) {
                badBytes = true;
                if (chars.position() == 0) return fill();
                break;
            }
            if (result.isOverflow()) break;
            if (bytesDone) {   // underflow at the end: flush, and stop if nothing is left
                decoder.flush(chars);
                if (chars.position() == 0) return false;
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) bytesDone = true;
            else bytes.position(bytes.position() + n);
            bytes.flip();
        }
        pos = 0;
        end = chars.position();
        return true;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
