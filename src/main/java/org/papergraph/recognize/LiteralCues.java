package org.papergraph.recognize;

/**
 * Cheap tests for the literal text a pattern needs, so a sentence without it skips the pattern:
 * most sentences have none of a pattern's words, and a failed regex search still tries every position.
 * A cue must hold for every text the pattern matches (PatternCuesTest checks them on the corpus).
 */
final class LiteralCues {
    private LiteralCues() {}

    /** Whether the text contains one of the words, with their case. */
    static boolean containsAny(String text, String... words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /**
     * Whether the text contains one of the lower-case ASCII words in any ASCII case, as a CASE_INSENSITIVE
     * pattern (without UNICODE_CASE) compares them; a loop, as String.regionMatches(true, ...) at every
     * position cost more than the pattern it saves.
     */
    static boolean containsAnyIgnoreCase(String text, String... words) {
        for (String w : words) if (indexOfIgnoreAsciiCase(text, w) >= 0) return true;
        return false;
    }

    private static int indexOfIgnoreAsciiCase(String text, String lowerWord) {
        char first = lowerWord.charAt(0);
        for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
            if (!sameIgnoringAsciiCase(text.charAt(i), first)) continue;
            int j = 1;
            while (j < lowerWord.length() && sameIgnoringAsciiCase(text.charAt(i + j), lowerWord.charAt(j))) j++;
            if (j == lowerWord.length()) return i;
        }
        return -1;
    }

    /** Whether c is the lower-case ASCII character l, or its upper case. */
    private static boolean sameIgnoringAsciiCase(char c, char l) {
        return c == l || l >= 'a' && l <= 'z' && c == l - 32;
    }

    /** Whether the text has a digit: every number pattern needs one. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        return false;
    }

    /** Whether a comma is followed by whitespace and the article "a" or "an" and whitespace: {@code ,\s+(?:a|an)\s+} somewhere. */
    static boolean hasCommaArticle(String text) {
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int j = comma + 1;
            if (j >= text.length() || !isRegexSpace(text.charAt(j))) continue;
            while (j < text.length() && isRegexSpace(text.charAt(j))) j++;
            if (j < text.length() && text.charAt(j) == 'a') {
                int k = j + 1 < text.length() && text.charAt(j + 1) == 'n' ? j + 2 : j + 1;   // after "an", else after "a"
                if (k < text.length() && isRegexSpace(text.charAt(k))) return true;
            }
        }
        return false;
    }

    /** The characters of the regex class {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
