package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.papergraph.nlp.Token;

/**
 * Whether a common-word vocabulary label is used as the name of the entity where it stands: a noun
 * phrase of its own, not a modifier ("attention-based", "attention heads"), a verb with an object
 * ("boosting accuracy") or an idiom ("has drawn increasing attention"). Names are names anywhere.
 */
final class NominalUse {
    /** Nouns after a name that only say what kind of thing it is ("Transformer model", "COCO dataset"). */
    static final Set<String> GENERIC_HEADS = Set.of("model", "method", "approach", "framework", "architecture",
        "network", "algorithm", "technique", "dataset", "benchmark", "corpus", "metric", "score", "system", "module",
        "layer", "variant", "baseline", "paradigm", "setting", "problem", "task", "family", "backbone", "encoder", "decoder",
        "strategy", "mechanism", "scheme", "procedure", "pipeline", "tool", "toolkit", "library", "solver", "optimizer", "classifier");

    /** Words before a label that make it an everyday idiom, not the technical term (lemmas, lower case). */
    private static final Map<String, Set<String>> IDIOMS = Map.of(
        "attention", Set.of("draw", "drawn", "attract", "receive", "gain", "garner", "pay", "get", "deserve", "devote",
            "increase", "increasing", "grow", "growing", "significant", "considerable", "much", "little", "less", "more",
            "limited", "great", "greater", "wide", "widespread", "special", "particular", "close", "research", "public",
            "scant", "renewed", "lack", "of", "human", "visual"));

    /** Adverbs a tagger may call nouns after a noun ("control the compression rate explicitly"). */
    private static final java.util.regex.Pattern ADVERB = java.util.regex.Pattern.compile("[a-z]+(?:ally|ively|ously|ently|antly|edly|ately|ably|ibly|ctly|itly)");

    /** "-throughput trade-off" after a label: the label is one side of a trade-off. */
    private static final java.util.regex.Pattern TRADE_OFF_SIDE = java.util.regex.Pattern.compile("[-/][A-Za-z][\\w-]*\\s+trade-?offs?\\b");
    private static final java.util.regex.Pattern TRADE_OFF = java.util.regex.Pattern.compile("\\s+trade-?offs?\\b");

    /** Tags that start a verb's object: a gerund followed by one is a verb ("prompting large models"). */
    private static final Set<String> OBJECT_TAGS = Set.of("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON");

    private NominalUse() {}

    /** Whether tokens [first, end) of a sentence, spelling surface, name the entity there. */
    static boolean isNominal(String surface, String text, List<Token> tokens, int first, int end, boolean titleCased) {
        // Title case capitalises every part of a compound ("Text-to-Image Diffusion Models"): that is no name's spelling.
        boolean titleCaseCompound = titleCased && surface.contains("-");
        if (Vocabulary.hasUpperInside(surface) && !titleCaseCompound || surface.chars().anyMatch(Character::isDigit)) return true;
        // A capitalised single word inside an abstract sentence is a proper name ("Cityscapes validation set").
        if (!titleCased && first > 0 && end - first == 1 && Character.isUpperCase(surface.charAt(0))) return true;
        Token last = tokens.get(end - 1);
        int after = last.end();
        // "the accuracy-throughput trade-off": both sides of a trade-off are named.
        if (TRADE_OFF_SIDE.matcher(text.substring(after, Math.min(text.length(), after + 60))).lookingAt()
            || TRADE_OFF.matcher(text.substring(after, Math.min(text.length(), after + 20))).lookingAt()
                && tokens.get(first).start() > 1 && "-/".indexOf(text.charAt(tokens.get(first).start() - 1)) >= 0) return true;
        // "LSTM-attention models", "cross-attention": a label glued to the word before it is the tail of another compound.
        int begin = tokens.get(first).start();
        if (begin > 1 && text.charAt(begin - 1) == '-' && Character.isLetterOrDigit(text.charAt(begin - 2))) return false;
        // "attention-based", "transformer-style": a label glued to a following word is a modifier.
        if (after + 1 < text.length() && text.charAt(after) == '-' && Character.isLetter(text.charAt(after + 1))) return false;
        Token next = end < tokens.size() ? tokens.get(end) : null;
        // "Boosting the Performance of ...": a one-word gerund before a determiner is the verb, whatever its tag.
        if (end - first == 1 && lower(last.text()).endsWith("ing") && next != null && (next.tag().equals("DET") || next.tag().equals("PRON"))) return false;
        // "a block coordinate descent algorithm": a kind word after a multi-word label says the label is a noun, whatever its tag
        boolean kindFollows = next != null && end - first >= 2 && next.isNoun() && GENERIC_HEADS.contains(lower(next.lemma()));
        if (!kindFollows && !last.isNoun() && !last.tag().equals("X") && !(end - first > 1 && isHyphenTail(last)) && !isGerundName(last, next, end - first)) return false;
        if (next != null && next.isNoun() && !GENERIC_HEADS.contains(lower(next.lemma())) && !ADVERB.matcher(next.text()).matches()) return false;
        Set<String> idiom = IDIOMS.get(EntityKeys.key(surface));
        return idiom == null || first == 0 || !idiom.contains(lower(tokens.get(first - 1).lemma())) && !idiom.contains(lower(tokens.get(first - 1).text()));
    }

    /** "-likelihood" of "log-likelihood": the tokenizer cut a compound at its hyphen and the tagger took the rest for punctuation. */
    private static boolean isHyphenTail(Token t) {
        return t.text().length() > 2 && t.text().charAt(0) == '-' && Character.isLetter(t.text().charAt(1)) && t.tag().equals("PUNCT");
    }

    /**
     * Taggers call "learning" in "in-context learning" or "boosting" in "gradient boosting" a verb;
     * a gerund closing a multi-word label, or one without an object, is still the technique's name.
     */
    private static boolean isGerundName(Token last, Token next, int words) {
        if (!lower(last.text()).endsWith("ing")) return false;
        return words > 1 || next == null || !OBJECT_TAGS.contains(next.tag());
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
