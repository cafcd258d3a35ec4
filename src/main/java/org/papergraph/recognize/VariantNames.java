package org.papergraph.recognize;

/** Finds the known name that an unknown name extends: "ALoRA" and "LoRA-FA" extend "LoRA". */
final class VariantNames {
    private static final int MIN_BASE = 3;

    private VariantNames() {}

    /** The vocabulary concept the name is a variant of, or null. */
    static VocabularyConcept baseOf(String name, Vocabulary vocabulary) {
        for (int cut = 1; cut <= name.length() - MIN_BASE; cut++) {
            String suffix = withoutLeadingSeparators(name.substring(cut));
            String prefix = withoutTrailingSeparators(name.substring(0, name.length() - cut));
            VocabularyConcept c = known(suffix, vocabulary);
            if (c == null) c = known(prefix, vocabulary);
            if (c != null) return c;
        }
        return null;
    }

    // Loops, not patterns: baseOf cuts every unknown name at every position, twice.
    private static String withoutLeadingSeparators(String s) {
        int from = 0;
        while (from < s.length() && isSeparator(s.charAt(from))) from++;
        return s.substring(from);
    }

    private static String withoutTrailingSeparators(String s) {
        int to = s.length();
        while (to > 0 && isSeparator(s.charAt(to - 1))) to--;
        return s.substring(0, to);
    }

    private static boolean isSeparator(char c) { return c == '-' || c == '_' || c == ' '; }

    private static VocabularyConcept known(String part, Vocabulary vocabulary) {
        if (part.length() < MIN_BASE || !Character.isUpperCase(part.charAt(0))) return null;
        VocabularyConcept c = vocabulary.lookup(part);
        return c != null && c.prefLabel().equals(part) || c != null && c.altLabels().contains(part) ? c : null;
    }
}
