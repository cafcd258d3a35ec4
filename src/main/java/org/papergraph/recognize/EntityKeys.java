package org.papergraph.recognize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical keys and IRI slugs for entity names. Two surface forms with the same key are the same
 * entity: case, hyphens, spaces and a final plural are folded ("Retrieval Heads" = "retrieval-head").
 * Variants keep distinct keys ("QLoRA" is not "LoRA", "GPT-2" is not "GPT-3").
 */
public final class EntityKeys {
    private EntityKeys() {}

    /** The matching key of a name: lower case, hyphens, slashes and underscores as spaces, no leading article, singular last word. */
    public static String key(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        t = t.replaceAll("[\\u2010-\\u2015_\\-/]+", " ");
        t = t.replaceAll("[\"'`()\\[\\]{},;:.!?]+", " ");
        t = t.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^(the|a|an) ", "");
        int space = t.lastIndexOf(' ');
        String head = t.substring(0, space + 1);
        String last = t.substring(space + 1);
        return head + singular(last);
    }

    /** The singular of a lower-case word, by the plain English rules that suffice for technical nouns. */
    static String singular(String w) {
        if (w.length() <= 3) return w;
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** The IRI path segment for a name: its key with every run of other characters as one hyphen. */
    public static String slug(String name) {
        String s = key(name).replace("+", " plus ").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
