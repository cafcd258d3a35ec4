package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that refuses bad bytes, and raises the error only after handing out all the
 * good text before them, so the caller's line count points at the bad line (the JDK's
 * InputStreamReader drops the good text of the chunk it fails in). A leading byte-order mark is dropped.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean bytesDone;
    private boolean charsDone;
    private boolean badBytes;
    private boolean started;

    StrictUtf8Reader(InputStream in) { this.in = in; }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (badBytes) throw new MalformedInputException(1);
        if (charsDone) return -1;   // the decoder is flushed and must not be called again
        CharBuffer chars = CharBuffer.wrap(buffer, offset, length);
        while (chars.position() == offset) {
            CoderResult result = decoder.decode(bytes, chars, bytesDone);
            if (result.isError()) {
                badBytes = true;
                if (chars.position() == offset) throw new MalformedInputException(result.length());
                break;
            }
            if (result.isOverflow()) break;
            if (bytesDone) {
                decoder.flush(chars);
                charsDone = true;
                if (chars.position() == offset) return -1;
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) bytesDone = true;
            else bytes.position(bytes.position() + n);
            bytes.flip();
        }
        int n = chars.position() - offset;
        if (!started) {
            started = true;
            if (buffer[offset] == '\ufeff') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n == 1 ? read(buffer, offset, length) : n - 1;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
