package org.papergraph.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 line reading that turns undecodable or binary content into a {@link ListingException} with its line. */
final class TextLines implements AutoCloseable {
    private final BufferedReader reader;
    private final String fileName;
    private long lineNumber;

    TextLines(InputStream in, String fileName) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        this.fileName = fileName;
    }

    /** The next line, or null at the end. */
    String next() throws IOException {
        String line;
        try {
            line = reader.readLine();
        } catch (CharacterCodingException e) {
            throw new ListingException(fileName, lineNumber + 1, "not UTF-8 text (binary file or wrong encoding)");
        }
        if (line == null) return null;
        lineNumber++;
        if (line.indexOf('\0') >= 0)
            throw new ListingException(fileName, lineNumber, "binary content (NUL byte): not a text listing");
        return line;
    }

    long lineNumber() { return lineNumber; }

    @Override
    public void close() throws IOException { reader.close(); }
}
