package org.papergraph.recognize;

/** Finds the known name that an unknown name extends: "ALoRA" and "LoRA-FA" extend "LoRA". */
final class VariantNames {
    private static final int MIN_BASE = 3;
    // Compiled once: String.replaceFirst compiles its pattern on every call, twice per cut of every unknown name.
    private static final java.util.regex.Pattern LEADING_SEPARATORS = java.util.regex.Pattern.compile("^[-_ ]+");
    private static final java.util.regex.Pattern TRAILING_SEPARATORS = java.util.regex.Pattern.compile("[-_ ]+$");

    private VariantNames() {}

    /** The vocabulary concept the name is a variant of, or null. */
    static VocabularyConcept baseOf(String name, Vocabulary vocabulary) {
        for (int cut = 1; cut <= name.length() - MIN_BASE; cut++) {
            String suffix = LEADING_SEPARATORS.matcher(name.substring(cut)).replaceFirst("");
            String prefix = TRAILING_SEPARATORS.matcher(name.substring(0, name.length() - cut)).replaceFirst("");
            VocabularyConcept c = known(suffix, vocabulary);
            if (c == null) c = known(prefix, vocabulary);
            if (c != null) return c;
        }
        return null;
    }

    private static VocabularyConcept known(String part, Vocabulary vocabulary) {
        if (part.length() < MIN_BASE || !Character.isUpperCase(part.charAt(0))) return null;
        VocabularyConcept c = vocabulary.lookup(part);
        return c != null && c.prefLabel().equals(part) || c != null && c.altLabels().contains(part) ? c : null;
    }
}
