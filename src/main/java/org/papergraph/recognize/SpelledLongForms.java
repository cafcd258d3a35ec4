package org.papergraph.recognize;

import java.util.List;

import org.papergraph.nlp.Token;

/**
 * Words capitalised to spell an acronym ("Safety Head ImPortant Score (Ships)", "CRAFT: Concept
 * Recursive Activation FacTorization") are parts of the acronym's long form, not names of their own.
 */
final class SpelledLongForms {
    private static final int MAX_RUN = 8;

    private SpelledLongForms() {}

    /**
     * Whether the mixed-case token at i stands in a run of capitalised words whose capitals the acronym
     * next to the run spells: in brackets right after the run, right before the run's bracket, or the
     * title's prefix before its colon.
     */
    static boolean spells(List<Token> tokens, int i, String titlePrefix) {
        String caps = capitals(tokens.get(i).text());
        if (caps.length() < 2) return false;
        int j = i + 1;
        while (j < tokens.size() && j - i <= MAX_RUN && isRunWord(tokens.get(j).text())) j++;
        if (j + 1 < tokens.size() && tokens.get(j).text().equals("(") && spelledBy(caps, tokens.get(j + 1).text()))
            return true;
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_RUN && isRunWord(tokens.get(k).text())) k--;
        if (k >= 1 && tokens.get(k).text().equals("(") && spelledBy(caps, tokens.get(k - 1).text())) return true;
        return titlePrefix != null && spelledBy(caps, titlePrefix);
    }

    /**
     * The end offset of the words after a title's colon that spell its one-word prefix ("ALPS: Attention
     * Localization and Pruning Strategy for ..." ends after "Strategy"), or -1. Each capitalised word gives
     * its capitals to the acronym in order; joiners ("and", "of", "-") give none; the first other word stops.
     */
    static int titleLongFormEnd(String title) {
        int colon = title.indexOf(':');
        if (colon < 2) return -1;
        String prefix = title.substring(0, colon).strip();
        if (prefix.contains(" ") || prefix.length() < 2 || prefix.length() > 15) return -1;
        String letters = prefix.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        if (letters.length() < 2) return -1;
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*").matcher(title);
        int k = 0, from = colon + 1;
        while (w.find(from)) {
            String word = w.group();
            from = w.end();
            if (JOINERS.contains(word.toLowerCase(java.util.Locale.ROOT))) continue;
            if (!Character.isUpperCase(word.charAt(0)) || letters.charAt(k) != word.charAt(0)) return -1;
            for (int p = 0; p < word.length() && k < letters.length(); p++)
                if (Character.isUpperCase(word.charAt(p)) && word.charAt(p) == letters.charAt(k)) k++;
            if (k == letters.length()) return w.end();
        }
        return -1;
    }

    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "of", "for", "with", "the", "a", "an", "&", "in", "on", "to");

    /** Capitalised words and the joiners long forms use between them ("TrIm, Elect Sign & Merge"). */
    private static boolean isRunWord(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) || t.equals("&") || t.equals(",") || t.equals("-")
            || t.equals("of") || t.equals("and") || t.equals("for") || t.equals("with") || t.equals("the") || !capitals(t).isEmpty() && t.length() > 3;
    }

    /** Whether the token's capitals occur in order in an acronym-shaped word. */
    private static boolean spelledBy(String caps, String acronym) {
        if (acronym.length() < 2 || acronym.length() > 15 || !Character.isUpperCase(acronym.charAt(0)) || acronym.contains(" ")) return false;
        String up = acronym.toUpperCase();
        int k = 0;
        for (int p = 0; p < up.length() && k < caps.length(); p++) if (up.charAt(p) == caps.charAt(k)) k++;
        return k == caps.length() && !acronym.equals(caps);
    }

    private static String capitals(String t) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < t.length(); k++) if (Character.isUpperCase(t.charAt(k))) sb.append(t.charAt(k));
        return sb.toString();
    }
}
