package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.papergraph.paper.PaperSink;

/**
 * Reads the arXiv metadata snapshot (the Kaggle "arxiv-metadata-oai-snapshot.json"): JSON lines,
 * one paper object per line. Lines are independent, so a malformed line is a bad record and
 * reading goes on with the next line; undecodable (binary) content stops the file.
 */
public final class ArxivJsonlReader implements PaperReader {
    static final String SOURCE = "arxiv-jsonl";
    /** Collaboration papers list thousands of authors twice (authors, authors_parsed); more than this is garbage. */
    static final int MAX_LINE = 8 << 20;
    private static final Pattern SNAPSHOT_KEY =
        Pattern.compile("\"(?:submitter|authors_parsed|update_date|journal-ref|report-no)\"\\s*:");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public String formatName() { return SOURCE; }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        String text = PaperReaders.headText(head);
        return text.startsWith("{") && SNAPSHOT_KEY.matcher(text).find();
    }

    @Override
    public void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) throws IOException {
        RecordEmitter out = new RecordEmitter(fileName, sink, policy);
        TextLines lines = new TextLines(in, fileName, MAX_LINE);
        try (lines) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) continue;
                long at = lines.lineNumber();
                if (lines.truncated()) {
                    out.bad(at, out.label("arXiv", null), "line of " + lines.lastLength() + " characters (more than " + MAX_LINE + ")");
                    continue;
                }
                JsonNode record;
                try {
                    record = JsonSupport.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    out.bad(at, out.label("arXiv", null), "malformed JSON: " + e.getOriginalMessage());
                    continue;
                }
                record(record, at, out);
            }
            out.requireRecords(lines.lineNumber(), "empty file");
        } catch (IOException e) {
            throw new ListingException(fileName, lines.lineNumber() + 1, "cannot read (truncated or corrupt compressed file?): " + e, e);
        }
    }

    private static void record(JsonNode record, long line, RecordEmitter out) {
        if (!record.isObject()) {
            out.bad(line, out.label("arXiv", null), "not a JSON object");
            return;
        }
        MetadataBuilder meta = new MetadataBuilder(SOURCE).arxivId(JsonSupport.text(record, "id"));
        JsonNode parsed = record.path("authors_parsed");
        if (parsed.isArray() && !parsed.isEmpty()) {
            for (JsonNode name : parsed) meta.author(name(name));
        } else {
            // Only the free-text form: "A. Author, B. Author and C. Author".
            String authors = JsonSupport.text(record, "authors");
            if (authors != null) for (String a : authors.split(",\\s*|\\s+and\\s+")) meta.author(a);
        }
        String categories = JsonSupport.text(record, "categories");
        if (categories != null) for (String c : SPACES.split(categories.strip())) meta.category(c);
        meta.doi(JsonSupport.text(record, "doi")).venue(JsonSupport.text(record, "journal-ref"));
        // The first version's date is the submission; update_date is the latest revision.
        JsonNode versions = record.path("versions");
        if (versions.isArray() && !versions.isEmpty()) meta.published(JsonSupport.text(versions.get(0), "created"));
        meta.published(JsonSupport.text(record, "update_date"));
        out.emit(line, out.label("arXiv", meta.arxivId()), JsonSupport.text(record, "title"),
            JsonSupport.text(record, "abstract"), meta.build());
    }

    /** "First Last Suffix" from a [last, first, suffix] triple. */
    private static String name(JsonNode parts) {
        if (!parts.isArray()) return parts.isTextual() ? parts.asText() : null;
        String last = parts.path(0).asText(""), first = parts.path(1).asText(""), suffix = parts.path(2).asText("");
        return String.join(" ", first, last, suffix);
    }
}
