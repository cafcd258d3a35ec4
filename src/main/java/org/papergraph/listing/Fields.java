package org.papergraph.listing;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalisation shared by the readers, so every format yields the same shape of values. */
final class Fields {
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ].*)");
    private static final Pattern DOI_PREFIX =
        Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
    // New-style ids (2403.01234) and old-style ones (hep-th/9901001), with an optional version.
    private static final Pattern ARXIV_ID =
        Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-z][a-z.-]*/\\d{7})(?:v\\d+)?$", Pattern.CASE_INSENSITIVE);

    private Fields() {}

    /** Collapses runs of whitespace to one space and trims; null stays null. */
    static String text(String raw) {
        if (raw == null) return null;
        // By hand, not by regex: this runs on every title and abstract of multi-gigabyte inputs.
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = isSpace(c);
            if (out == null) {
                // Stay on the fast path while the text is already normal: single plain spaces between words.
                boolean normal = space ? c == ' ' && i > 0 && i + 1 < raw.length() && !isSpace(raw.charAt(i + 1)) : true;
                if (normal) continue;
                out = new StringBuilder(raw.length()).append(raw, 0, i);
                pendingSpace = false;
            }
            if (space) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0085') return false;   // printable ASCII: most characters, decided at once
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    /** Null for null or blank text, otherwise the normalised text. */
    static String nonBlank(String raw) {
        String t = text(raw);
        return t == null || t.isEmpty() ? null : t;
    }

    /** A DOI without resolver prefix, lower case (DOIs are case-insensitive); null when blank. */
    static String doi(String raw) {
        String t = nonBlank(raw);
        if (t == null) return null;
        t = DOI_PREFIX.matcher(t).replaceFirst("");
        int space = t.indexOf(' ');   // the arXiv snapshot sometimes lists several DOIs: keep the first
        if (space > 0) t = t.substring(0, space);
        return t.isEmpty() ? null : t.toLowerCase(Locale.ROOT);
    }

    /** An arXiv id without URL, "arXiv:" prefix or version, e.g. "2403.01234"; null when none is recognised. */
    static String arxivId(String raw) {
        String t = nonBlank(raw);
        if (t == null) return null;
        Matcher m = ARXIV_ID.matcher(t);
        return m.find() ? m.group(1) : null;
    }

    /** An ISO-8601 date (yyyy-MM-dd) from an ISO date or date-time or an RFC 1123 date; null if none is recognised. */
    static String isoDate(String raw) {
        String t = nonBlank(raw);
        if (t == null) return null;
        Matcher m = ISO_DATE_PREFIX.matcher(t);
        try {
            if (m.matches()) return LocalDate.parse(m.group(1)).toString();
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;   // a date is optional metadata: an unreadable one is dropped, not fatal
        }
    }

    /** The first characters of a text, for messages. */
    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
