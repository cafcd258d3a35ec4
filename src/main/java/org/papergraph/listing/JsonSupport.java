package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Streaming over JSON: one record at a time as a tree, Jackson errors turned into {@link ListingException}s with their line. */
final class JsonSupport {
    /** Thread-safe once configured; shared so each file does not pay for a new one. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receives one record of a top-level array. */
    @FunctionalInterface
    interface RecordHandler {
        /** One array element, read as a tree, with the line where it starts. */
        void record(JsonNode record, long line);
    }

    private JsonSupport() {}

    /**
     * Streams the elements of a top-level JSON array to the handler, one at a time, so only one
     * record is in memory. Malformed, truncated or binary content raises a {@link ListingException}.
     */
    static void forEachInArray(InputStream in, String fileName, RecordHandler handler) {
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == null) throw new ListingException(fileName, 1, "empty file: expected a JSON array");
            if (first != JsonToken.START_ARRAY)
                throw new ListingException(fileName, line(parser.currentTokenLocation()), "expected a JSON array of records, found " + first);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long line = line(parser.currentTokenLocation());
                JsonNode node = parser.readValueAsTree();
                handler.record(node == null ? MAPPER.nullNode() : node, line);
            }
            if (parser.nextToken() != null)
                throw new ListingException(fileName, line(parser.currentTokenLocation()), "unexpected content after the end of the JSON array");
        } catch (IOException e) {
            throw error(fileName, parser, e);
        }
    }

    /** A {@link ListingException} for a Jackson or I/O error, with the line where it happened. */
    static ListingException error(String fileName, JsonParser parser, IOException e) {
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation at = jpe.getLocation() != null ? jpe.getLocation() : parser == null ? null : parser.currentLocation();
            String what = e instanceof JsonEOFException ? "truncated JSON (unexpected end of input): " : "malformed JSON: ";
            // Jackson names the source as "REDACTED" in nested locations; the file name is in our message already.
            String message = jpe.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
            return new ListingException(fileName, at == null ? 0 : line(at), what + message, e);
        }
        long line = parser == null ? 0 : line(parser.currentLocation());
        return new ListingException(fileName, line, "cannot read (truncated or corrupt compressed file?): " + e, e);
    }

    /** The text of a field, or null when it is absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** The field's array elements as text: strings themselves, objects by their first non-blank named field. */
    static List<String> strings(JsonNode node, String field, String... objectFields) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || !v.isArray()) return out;
        for (JsonNode e : v) {
            if (e.isTextual()) out.add(e.asText());
            else if (e.isObject())
                for (String f : objectFields) {
                    String s = Fields.nonBlank(text(e, f));
                    if (s != null) { out.add(s); break; }
                }
        }
        return out;
    }

    private static long line(JsonLocation at) {
        return Math.max(1, at.getLineNr());
    }
}
