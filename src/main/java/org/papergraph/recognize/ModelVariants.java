package org.papergraph.recognize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Size and version suffixes that make a known model name a variant of its own ("BART-large", "DeiT-S", "Whisper-medium"). */
final class ModelVariants {
    private static final Set<String> SIZES = Set.of("tiny", "mini", "small", "base", "medium", "large", "xl", "xxl",
        "huge", "giant", "big", "lite", "instruct", "chat");
    /** Short size codes of vision models (DeiT-S, ViT-B, ViT-Ti, Swin-T, ViT-H) and versions (v2). */
    private static final Pattern CODE = Pattern.compile("(?:[STBLHG]|Ti|XL|v\\d{1,2})");

    private ModelVariants() {}

    /** Parameter counts ("8B", "125M", "1.3B") name a model's size. */
    private static final Pattern PARAMETERS = Pattern.compile("\\d+(?:\\.\\d+)?[BMK]");

    /**
     * The end offset of a variant suffix right after a model name at end, or end when there is none. Suffixes
     * chain ("Llama-3-8B-Instruct"); a part that is no size or version makes a longer compound ("ViT-B-based").
     */
    static int suffixEnd(String text, int end, String name, VocabularyConcept concept) {
        if (!concept.types().contains(EntityType.METHOD) || end + 1 >= text.length() || text.charAt(end) != '-') return end;
        if (!Character.isUpperCase(name.charAt(0)) || name.contains(" ")) return end;
        int at = end;
        while (at + 1 < text.length() && text.charAt(at) == '-') {
            int k = at + 1;
            while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '.' && k + 1 < text.length()
                && Character.isDigit(text.charAt(k + 1)))) k++;
            if (!isSizeOrVersion(text.substring(at + 1, k))) return end;
            at = k;
        }
        return at;
    }

    /** " 2B", " v3" after a model name: the size or version written as a word of its own ("Gemma1.1 2B", "OWSM v3"). */
    private static final Pattern SPACED_SUFFIX = Pattern.compile(" (?:\\d+(?:\\.\\d+)?[BM]|v\\d{1,2}(?:\\.\\d+)?)\\b");

    /** The end offset of a size or version word right after a name that ends at end, or end when there is none. */
    static int spacedSuffixEnd(String text, int end) {
        java.util.regex.Matcher m = SPACED_SUFFIX.matcher(text);
        m.region(end, text.length());
        return m.lookingAt() ? m.end() : end;
    }

    private static boolean isSizeOrVersion(String suffix) {
        return !suffix.isEmpty() && (SIZES.contains(suffix.toLowerCase(Locale.ROOT)) || CODE.matcher(suffix).matches() || PARAMETERS.matcher(suffix).matches());
    }

    /**
     * Variants the tokenizer kept in one token ("Whisper-medium"), which the vocabulary cannot match word by
     * word: the part before the first hyphen must be a known model and the rest sizes or versions.
     */
    static void findInTokens(org.papergraph.nlp.AnnotatedText text, Vocabulary vocabulary, java.util.List<Candidate> known, java.util.List<Candidate> out) {
        for (org.papergraph.nlp.Sentence s : text.sentences())
            for (org.papergraph.nlp.Token t : s.tokens()) {
                int dash = t.text().indexOf('-');
                if (dash <= 0) continue;
                String name = t.text().substring(0, dash);
                VocabularyConcept concept = vocabulary.lookup(name);
                if (concept == null || suffixEnd(text.text(), t.start() + dash, name, concept) != t.end()) continue;
                Candidate c = new Candidate(text.section(), t.start(), t.end(), t.text(), EntityType.METHOD, null, 0.8, null, "vocabulary-variant");
                if (known.stream().noneMatch(k -> k.overlaps(c) && k.end() - k.start() >= c.end() - c.start())) out.add(c);
            }
    }
}
