package org.papergraph.recognize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The type an unknown name takes from the list it stands in: "on AGORA and CMU Panoptic datasets",
 * "datasets such as X, Y", or coordinated with names the vocabulary knows ("BLEU, SARI and X").
 */
final class ListContext {
    /** One list item: capitalised words, or one word with a digit or capital inside ("fao30"), maybe with a parenthesis. */
    private static final String ITEM = "(?:(?:the\\s+)?(?:[A-Z0-9][\\w.+-]*(?:\\s+[A-Z0-9][\\w.+-]*)*+|[a-z][\\w.+-]*?[A-Z0-9][\\w.+-]*)(?:\\s*\\([^()]{0,30}\\))?)";
    private static final String SEP = "(?:,\\s*(?:and|or)?|and|or|&|/)";
    /** Names, commas and conjunctions, then a dataset noun: "X, Y and Z datasets". */
    private static final Pattern DATASET_AFTER = Pattern.compile(
        "^(?:\\s*(?:\\([^()]{0,30}\\))?\\s*" + SEP + "?\\s*" + ITEM + ")*\\s*(?:datasets?|benchmarks?|corpora|corpus|test sets?|splits?)\\b");
    /** "datasets such as", "benchmarks, including", "datasets were used:", "evaluated on", then names and separators up to the mention. */
    private static final Pattern DATASET_BEFORE = Pattern.compile(
        "(?:\\b(?:datasets?|benchmarks?|corpora)\\s*,?\\s*(?:such as|including|like|namely|e\\.g\\.,?|\\(|:|-|\\u2013|\\u2014)"
        + "|\\b(?:datasets?|benchmarks?|corpora)\\s+(?:\\w+\\s+){1,3}?(?:used|adopted|considered|employed|include|are)\\s*:"
        + "|\\b(?:evaluat\\w*|experiments?|tested|trained|fine-?tuned|pre-?trained|results?|benchmarked|performance|state-of-the-art|SOTA)\\s+(?:\\w+\\s+){0,2}?(?:on|across)\\s+(?:the\\s+)?(?:challenging\\s+|popular\\s+|public\\s+|standard\\s+)?)"
        + "\\s*(?:" + ITEM + "\\s*" + SEP + "\\s*)*$");
    /** An apposition that calls the name a dataset: "X, a large-scale dataset of", "X -- a benchmark for". */
    private static final Pattern APPOSITION = Pattern.compile(
        "^\\s*(?:,|--|-|\\u2013|\\u2014|:)\\s*(?:a|an|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:datasets?|benchmarks?|corpus|corpora|test sets?)\\b");
    /** A dataset noun right before the names: "the gold evaluation benchmark X and Y". */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
        "(?<!\\b(?:we|to|and|also)\\s)\\b(?:dataset|benchmark|corpus)\\s+(?:" + ITEM + "\\s*" + SEP + "\\s*)*$");
    /** A translation direction of two language codes ("EN-DE") in a sentence about translation is a test set. */
    private static final Pattern LANGUAGE_PAIR = Pattern.compile("[A-Z]{2}(?:-|\\u2192|->)[A-Z]{2}");
    private static final Pattern TRANSLATION = Pattern.compile("translat|\\bN?MT\\b|\\bWMT");

    /** "datasets, X, and Y": a comma after the dataset noun starts a list only when an item already stands before the mention. */
    private static final Pattern DATASET_COMMA = Pattern.compile(
        "\\b(?:datasets|benchmarks|corpora)\\s*,\\s*(?:" + ITEM + "\\s*" + SEP + "\\s*)+$");
    /** Only separators and names between two list items. */
    private static final Pattern BETWEEN = Pattern.compile("^\\s*(?:\\([^()]{0,30}\\))?\\s*(?:" + SEP + "\\s*(?:" + ITEM + "\\s*)?)+$");

    /**
     * Case-sensitive stems that every match of DATASET_BEFORE, DATASET_COMMA or NOUN_BEFORE
     * contains ("pre-trained" has "trained", "benchmarked" has "benchmark"): keep in step with them.
     */
    private static final List<String> BEFORE_CUES = List.of("dataset", "benchmark", "corpora", "corpus", "evaluat", "experiment",
        "tested", "trained", "tuned", "result", "performance", "state-of-the-art", "SOTA");

    private ListContext() {}

    /** Dataset when the words around a name in its text say so, else null. */
    static EntityType datasetByWords(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 80));
        if (DATASET_AFTER.matcher(after).find() || APPOSITION.matcher(after).find()) return EntityType.DATASET;
        String before = text.substring(Math.max(0, start - 100), start);
        if (LANGUAGE_PAIR.matcher(text.substring(start, end)).matches()
            && TRANSLATION.matcher(text.substring(Math.max(0, start - 150), Math.min(text.length(), end + 150))).find()) return EntityType.DATASET;
        return hasBeforeCue(before) && beforeSaysDataset(before) ? EntityType.DATASET : null;
    }

    /** Whether the text before a name ends in one of the lists the three patterns look for. */
    static boolean beforeSaysDataset(String before) {
        return DATASET_BEFORE.matcher(before).find() || DATASET_COMMA.matcher(before).find() || NOUN_BEFORE.matcher(before).find();
    }

    /**
     * Whether the text before a name has a word one of those patterns needs; trying the patterns
     * on every unknown name cost ~10% of recognition, and most texts before a name have none.
     */
    static boolean hasBeforeCue(String before) {
        for (String cue : BEFORE_CUES) if (before.contains(cue)) return true;
        return false;
    }

    /** The type of a known Dataset or Metric the name is listed with in the same text, else null. */
    static EntityType byNeighbours(String text, Candidate c, List<Map.Entry<Candidate, EntityType>> known) {
        for (Map.Entry<Candidate, EntityType> k : known) {
            Candidate o = k.getKey();
            if (o.section() != c.section() || o.overlaps(c)) continue;
            int from = o.end() <= c.start() ? o.end() : c.end(), to = o.end() <= c.start() ? c.start() : o.start();
            if (to - from > 60 || to < from) continue;
            if (BETWEEN.matcher(text.substring(from, to)).matches()) return k.getValue();
        }
        return null;
    }
}
