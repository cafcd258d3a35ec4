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

    /** The end offset of a variant suffix right after a model name at end, or end when there is none. */
    static int suffixEnd(String text, int end, String name, VocabularyConcept concept) {
        if (!concept.types().contains(EntityType.METHOD) || end + 1 >= text.length() || text.charAt(end) != '-') return end;
        if (!Character.isUpperCase(name.charAt(0)) || name.contains(" ")) return end;
        int k = end + 1;
        while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) k++;
        String suffix = text.substring(end + 1, k);
        if (k < text.length() && text.charAt(k) == '-') return end;     // "ViT-B-based": a longer compound
        boolean variant = SIZES.contains(suffix.toLowerCase(Locale.ROOT)) || CODE.matcher(suffix).matches();
        return variant ? k : end;
    }
}
