package org.papergraph.listing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/** A stream that makes its records as it is read, so a test can feed hundreds of megabytes without holding them. */
final class GeneratedInput extends InputStream {
    private final String suffix;
    private final String separator;
    private final IntFunction<String> record;
    private final int count;
    private int next;
    private boolean suffixDone;
    private byte[] chunk;
    private int pos;

    GeneratedInput(String prefix, IntFunction<String> record, String separator, String suffix, int count) {
        this.record = record;
        this.separator = separator;
        this.suffix = suffix;
        this.count = count;
        this.chunk = prefix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos == chunk.length) {
            if (next < count) {
                chunk = (record.apply(next) + (next + 1 < count ? separator : "")).getBytes(StandardCharsets.UTF_8);
                next++;
            } else if (!suffixDone) {
                chunk = suffix.getBytes(StandardCharsets.UTF_8);
                suffixDone = true;
            } else {
                return -1;
            }
            pos = 0;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }
}
