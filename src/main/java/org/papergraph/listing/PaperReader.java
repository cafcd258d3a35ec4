package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;

import org.papergraph.paper.PaperSink;

/**
 * Reads one input format and pushes its papers into a sink as they are parsed: nothing is held
 * for the whole file. Bad input raises {@link ListingException} naming the file and line; a bad
 * record (no title, no abstract, absurd size) goes to the {@link BadRecordPolicy}, which decides
 * whether reading goes on.
 */
public interface PaperReader {
    /** A short name of the format, e.g. "listing". */
    String formatName();

    /** Whether the first bytes of a file (at most 4 KiB, already decompressed) look like this format. */
    boolean accepts(byte[] head, String fileName);

    /** Parses the stream and pushes each good paper into the sink and each bad record to the policy, without calling start/finish. */
    void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) throws IOException;

    /** Parses the stream and pushes each paper into the sink; the first bad record is thrown. */
    default void read(InputStream in, String fileName, PaperSink sink) throws IOException {
        read(in, fileName, sink, BadRecordPolicy.failFast());
    }
}
