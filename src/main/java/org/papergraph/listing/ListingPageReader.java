package org.papergraph.listing;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.papergraph.paper.PaperMetadata;
import org.papergraph.paper.PaperSink;

/**
 * Reads the listing pages of a daily-papers site saved as text: a page header, then title and
 * abstract lines in turn, with or without blank lines between them. Header lines, "Subscribe"
 * (sometimes glued to the first title) and date lines ("Mar 11") are dropped. A title without
 * abstract, or a long line where a title is expected, is a bad record.
 */
public final class ListingPageReader implements PaperReader {

    private static final Pattern DATE_LINE =
        Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}(?:, \\d{4})?");
    private static final Pattern BOILERPLATE =
        Pattern.compile("Get trending papers in your email inbox.*|new|Subscribe|by\\s*AK and the research community");
    private static final String GLUED_PREFIX = "Subscribe";
    /** Titles are short; a longer "title" means the pairing has slipped (an abstract without title). */
    static final int MAX_TITLE_LENGTH = 400;
    /** Abstracts are long; a short line after a title is another title, so the first one has no abstract. */
    static final int MIN_ABSTRACT_LENGTH = 80;

    @Override
    public String formatName() { return "listing"; }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        String text = PaperReaders.headText(head);
        return !text.startsWith("{") && !text.startsWith("[") && !text.startsWith("<");
    }

    @Override
    public void read(InputStream in, String fileName, PaperSink sink, BadRecordPolicy policy) throws IOException {
        RecordEmitter out = new RecordEmitter(fileName, sink, policy);
        try (TextLines lines = new TextLines(in, fileName)) {
            String title = null;
            long titleLine = 0;
            String line;
            while ((line = lines.next()) != null) {
                if (lines.truncated()) {
                    out.bad(lines.lineNumber(), out.label("line", null), "line of " + lines.lastLength() + " characters: not a listing");
                    title = null;
                    continue;
                }
                String text = clean(line);
                if (text.isEmpty()) continue;
                if (title == null && text.length() > MAX_TITLE_LENGTH) {
                    out.bad(lines.lineNumber(), out.label("line", null),
                        "expected a title but found a " + text.length() + "-character line (an abstract without a title?)");
                } else if (title == null) {
                    title = text;
                    titleLine = lines.lineNumber();
                } else if (text.length() < MIN_ABSTRACT_LENGTH) {
                    out.bad(titleLine, titled(out, title), "title without abstract: it is followed by another short line");
                    title = text;   // the short line is most likely the next title
                    titleLine = lines.lineNumber();
                } else {
                    out.emit(titleLine, titled(out, title), title, text, PaperMetadata.EMPTY);
                    title = null;
                }
            }
            if (title != null) out.bad(titleLine, titled(out, title), "title without abstract at the end of the file");
            out.requireRecords(lines.lineNumber(), "empty file or only a page header");
        }
    }

    /** Drops page furniture and normalises whitespace; returns "" for lines that carry no paper text. */
    static String clean(String line) {
        String text = line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || BOILERPLATE.matcher(text).matches() || DATE_LINE.matcher(text).matches()) return "";
        if (text.startsWith(GLUED_PREFIX) && text.length() > GLUED_PREFIX.length()
            && Character.isUpperCase(text.charAt(GLUED_PREFIX.length())))
            return text.substring(GLUED_PREFIX.length()).strip();
        return text;
    }

    private static String titled(RecordEmitter out, String title) {
        return out.label("title", "\"" + Fields.abbreviate(title) + "\"");
    }
}
