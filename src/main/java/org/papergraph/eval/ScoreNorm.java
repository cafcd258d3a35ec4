package org.papergraph.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/** The normalisations of the reference scorer (score.py), so both agree on what matches. */
public final class ScoreNorm {
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015_\\-/]+");
    private static final Pattern PUNCT = Pattern.compile("[\"'`()\\[\\]{},;:.!?]+");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");
    private static final Pattern NON_WORD = Pattern.compile("(?U)\\W+");
    private static final Pattern URL_SCHEME = Pattern.compile("^(https?://)?(www\\.)?", Pattern.CASE_INSENSITIVE);

    private ScoreNorm() {}

    /** Lower case, unify dashes and spaces, drop a leading article and a plural 's'. */
    public static String norm(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        t = DASHES.matcher(t).replaceAll(" ");
        t = PUNCT.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = ARTICLE.matcher(t).replaceFirst("");
        int sp = t.lastIndexOf(' ');
        String head = t.substring(0, sp + 1), last = t.substring(sp + 1);
        if (last.length() > 3 && last.endsWith("ies")) last = last.substring(0, last.length() - 3) + "y";
        else if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us"))
            last = last.substring(0, last.length() - 1);
        return head + last;
    }

    /** Title key: lower case, every run of non-word characters as one space. */
    public static String title(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** URL key: no scheme, no www., no trailing slash or sentence punctuation, lower case. */
    public static String url(String url) {
        String u = rstrip(url.strip(), ").,;]");
        u = URL_SCHEME.matcher(u).replaceFirst("");
        return rstrip(u, "/").toLowerCase(Locale.ROOT);
    }

    /** A number as the scorer compares it (rounded to 4 places), or null when it is not one. */
    public static Double value(String v) {
        String s = rstrip(v.replace(",", ""), "%").strip();
        try {
            return Math.round(Double.parseDouble(s) * 10000.0) / 10000.0;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }
}
