package org.papergraph.listing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The known input formats, and detection of a file's format from its first bytes. */
public final class PaperReaders {
    private static final int HEAD_BYTES = 4096;

    private PaperReaders() {}

    /** Every supported reader, most specific first; the plain listing page reader comes last. */
    public static List<PaperReader> all() {
        return List.of(new ArxivAtomReader(), new AclXmlReader(), new HfDailyReader(), new PwcReader(),
            new ArxivJsonlReader(), new ListingPageReader());
    }

    /** The head of a file as text, without byte-order mark and leading whitespace, for format detection. */
    static String headText(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) text = text.substring(1);
        return text.stripLeading();
    }

    /** Decompresses gzip (by its magic number, whatever the file is called) and buffers for format detection. */
    public static BufferedInputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        return in;
    }

    /** The reader for a stream, chosen from its first bytes; the stream must support mark/reset. */
    public static PaperReader detect(BufferedInputStream in, String fileName) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        for (PaperReader reader : all())
            if (reader.accepts(head, fileName)) return reader;
        throw new ListingException(fileName, 1, "unknown input format");
    }
}
