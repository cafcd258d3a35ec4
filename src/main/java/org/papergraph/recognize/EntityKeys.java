package org.papergraph.recognize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical keys and IRI slugs for entity names. Two surface forms with the same key are the same
 * entity: case, hyphens, spaces and a final plural are folded ("Retrieval Heads" = "retrieval-head").
 * Variants keep distinct keys ("QLoRA" is not "LoRA", "GPT-2" is not "GPT-3").
 */
public final class EntityKeys {
    // Compiled once: key() runs for every candidate span of every token, and String.replaceAll compiles its pattern on each call.
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015_\\-/]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\"'`()\\[\\]{},;:.!?]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The leading articles a key drops, with their space: what the pattern ^(the|a|an) would remove. */
    private static final String[] ARTICLES = {"the ", "a ", "an "};
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    /**
     * Singular nouns that end in a plain "s" and take "-es" in the plural ("lens" / "lenses", "bias" / "biases"):
     * no spelling rule tells them from plurals ("tokens", "ideas"), so "Lens" would key as "len" and "lenses" as "lense".
     */
    private static final Set<String> SINGULAR_ENDING_IN_S = Set.of(
        "lens", "bias", "alias", "atlas", "canvas", "gas", "chaos", "cosmos", "ethos", "pathos", "news", "series",
        "species", "status", "consensus", "census", "apparatus", "campus", "bonus", "virus", "corpus", "focus", "radius");

    private EntityKeys() {}

    /** The matching key of a name: lower case, hyphens, slashes and underscores as spaces, no leading article, singular last word. */
    public static String key(String name) {
        String folded = foldAscii(name);
        return lastWordSingular(folded != null ? folded : foldWithPatterns(name));
    }

    /**
     * The folding in one pass for plain ASCII names (nearly all of them: key() runs for every
     * candidate span of every token, so this is recognition's hottest method); null when the name
     * has characters that need Unicode normalisation or the full patterns.
     */
    static String foldAscii(String name) {
        char[] b = new char[name.length()];   // the key is never longer than the name
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isPlainAscii(c)) return null;
            if (isSeparator(c)) {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) b[n++] = ' ';
            pendingSpace = false;
            b[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(b, 0, n);
    }

    /** A character the one-pass folding handles: ASCII, and no control character but whitespace. */
    static boolean isPlainAscii(char c) {
        return c < 0x80 && (c >= 0x20 || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
    }

    /** Whitespace, the dashes, slash and underscore, and the punctuation a key ignores. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-' || c == '_' || c == '/'
            || "\"'`()[]{},;:.!?".indexOf(c) >= 0;
    }

    /** The general folding: Unicode normalisation, then the same separators by pattern. */
    static String foldWithPatterns(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        t = DASHES.matcher(t).replaceAll(" ");
        t = PUNCTUATION.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String lastWordSingular(String folded) {
        String t = withoutArticle(folded);
        int space = t.lastIndexOf(' ');
        String head = t.substring(0, space + 1);
        String last = t.substring(space + 1);
        return head + singular(last);
    }

    /** The name without its leading article; a plain prefix test, as the key is made for every candidate span. */
    private static String withoutArticle(String folded) {
        for (String article : ARTICLES) if (folded.startsWith(article)) return folded.substring(article.length());
        return folded;
    }

    /** The singular of a lower-case word, by the plain English rules that suffice for technical nouns. */
    static String singular(String w) {
        if (w.length() <= 3) return w;
        if (SINGULAR_ENDING_IN_S.contains(w)) return w;
        if (w.endsWith("es") && SINGULAR_ENDING_IN_S.contains(w.substring(0, w.length() - 2))) return w.substring(0, w.length() - 2);
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** The IRI path segment for a name: its key with every run of other characters as one hyphen. */
    public static String slug(String name) {
        String s = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(key(name).replace("+", " plus ")).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }
}
