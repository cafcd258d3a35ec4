package org.papergraph.recognize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The type an unknown name takes from the list it stands in: "on AGORA and CMU Panoptic datasets",
 * "datasets such as X, Y", or coordinated with names the vocabulary knows ("BLEU, SARI and X").
 */
final class ListContext {
    /** Names, commas and conjunctions, then a dataset noun: "X, Y and Z datasets". */
    private static final Pattern DATASET_AFTER = Pattern.compile(
        "^(?:\\s*(?:,|and|or|&)?\\s*(?:the\\s+)?[A-Z0-9][\\w.+-]*)*\\s*(?:datasets?|benchmarks?|corpora|corpus|test sets?|splits?)\\b");
    /** "datasets such as", "benchmarks, including", "evaluated on", then names and separators up to the mention. */
    private static final Pattern DATASET_BEFORE = Pattern.compile(
        "(?:\\b(?:datasets?|benchmarks?|corpora)\\s*,?\\s*(?:such as|including|like|namely|e\\.g\\.,?|\\(|:)"
        + "|\\b(?:evaluat\\w*|experiments?|tested|results?|benchmarked|performance|state-of-the-art|SOTA)\\s+(?:\\w+\\s+){0,2}?(?:on|across)\\s+(?:the\\s+)?(?:challenging\\s+|popular\\s+|public\\s+|standard\\s+)?)"
        + "(?:\\s*[A-Z0-9][\\w.+-]*\\s*(?:,|and|or)?)*\\s*$");
    /** Only separators and capitalised names between two list items. */
    private static final Pattern BETWEEN = Pattern.compile("^(?:\\s*(?:,|and|or|&|/)\\s*(?:[A-Z0-9][\\w.+-]*)?)+\\s*(?:,|and|or|&|/)?\\s*$");

    private ListContext() {}

    /** Dataset when the words around a name in its text say so, else null. */
    static EntityType datasetByWords(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 80));
        if (DATASET_AFTER.matcher(after).find()) return EntityType.DATASET;
        String before = text.substring(Math.max(0, start - 100), start);
        return DATASET_BEFORE.matcher(before).find() ? EntityType.DATASET : null;
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
