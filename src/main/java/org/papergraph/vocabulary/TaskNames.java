package org.papergraph.vocabulary;

import java.util.Set;

/** Cleaning rules for the noisy names in the Papers with Code task files. */
final class TaskNames {
    // Split names that some benchmarks carry after the dataset name ("COCO test-dev").
    private static final String SPLIT = "(?i)\\s+(val|valid|validation|test|test-dev|test-std|test-standard|testfinal|dev|train|training|eval|benchmark)\\b.*$";
    // Words that mark a multi-word name as a measure.
    private static final Set<String> METRIC_HEADS = Set.of("accuracy", "acc", "score", "error", "rate", "precision",
            "recall", "f1", "ap", "map", "iou", "miou", "auc", "auroc", "bleu", "rouge", "meteor", "cider", "fid",
            "psnr", "ssim", "lpips", "mae", "mse", "rmse", "wer", "cer", "loss", "distance", "ratio", "similarity",
            "correlation", "perplexity", "fps", "flops", "ndcg", "mrr", "hits", "dice", "eer", "em", "r@1", "r@5",
            "r@10", "recall@1", "recall@5", "recall@10", "coverage", "mota", "idf1", "hota", "sdr", "si-sdr", "pesq", "stoi");

    private TaskNames() {}

    /** A task name from a raw line, or null for junk: quotes trimmed, 2-80 characters, no list punctuation, not a bare size or short code. */
    static String clean(String raw) {
        String t = Labels.clean(raw);
        if (t.length() < 2 || t.length() > 80) return null;
        if (t.matches(".*[,;*:@#=|<>\\[\\]{}].*")) return null;
        if (t.matches("\\d+[a-zA-Z]?(\\s.*)?") && !t.matches("\\d+D\\s.*")) return null;
        if (t.matches("[A-Z0-9]{1,4}")) return null;
        // Language-pair subtasks ("Translation eng-fra") and split codes ("Domain 1-1") are not task names.
        if (t.matches("(?i)translation [a-z]{3}-[a-z]{3}") || t.matches(".*\\b\\d+-\\d+\\b.*")) return null;
        if (t.contains("(") && !t.matches("[^()]+\\([A-Z][A-Za-z0-9\\-]{1,9}\\)")) return null;
        return Labels.lowerCommonWords(t);
    }

    /** {name, acronym}: "visual question answering (VQA)" -> {"visual question answering", "VQA"}; acronym null if none. */
    static String[] splitAcronym(String name) {
        int open = name.lastIndexOf('(');
        if (open < 0 || !name.endsWith(")")) return new String[] {name, null};
        String acronym = name.substring(open + 1, name.length() - 1).strip();
        // "(Road)" is a word in brackets, not an acronym: an acronym has two capitals. And it starts as its name
        // does, as Schwartz and Hearst require: "Reading Comprehension (Few-Shot)" names a setting, not an acronym.
        String base = name.substring(0, open).strip();
        boolean acronymOfBase = acronym.matches(".*[A-Z].*[A-Z].*") && !base.isEmpty()
            && Character.toLowerCase(acronym.charAt(0)) == Character.toLowerCase(base.charAt(0));
        return new String[] {base, acronymOfBase ? acronym : null};
    }

    /** A dataset name from a benchmark cell, or null when it is a description or a split with conditions. */
    static String datasetName(String raw) {
        String t = Labels.clean(raw).replaceAll(SPLIT, "").strip();
        if (t.length() < 2 || t.length() > 60) return null;
        if (t.matches(".*[(),%:;!?\"].*")) return null;
        if (t.split(" ").length > 5) return null;
        // Dataset names are proper names: they carry a capital or a digit; plain multi-word phrases are descriptions.
        if (!t.matches(".*[A-Z0-9].*")) return null;
        if (t.contains(" ") && Labels.isPlainPhrase(t)) return null;
        // One plain word ("Unknown", "Recipe") or a short code ("CS", "MMD") would match ordinary text.
        if (!t.contains(" ") && (t.matches("[A-Z]?[a-z]+") || t.matches("[A-Z]{1,3}"))) return null;
        return t;
    }

    /** A metric name from a metrics cell, or null: parenthesised units and splits dropped, measure words required. */
    static String metricName(String raw) {
        String t = Labels.clean(raw).replaceAll("\\s*\\([^)]*\\)", "").strip();
        if (t.length() < 2 || t.length() > 40 || !t.matches("[\\p{L}0-9 \\-@.+/]+")) return null;
        String[] words = t.split(" ");
        if (words.length > 4) return null;
        // Scores on a split or a shot count ("test WER", "12-shot accuracy") are not metric names.
        if (t.matches("(?i).*\\b(test|val|dev|valid|seen|unseen|\\d+-shot)\\b.*")) return null;
        if (words.length == 1) return t.matches(".*[A-Z].*[A-Z].*") || Labels.isPlainPhrase(t) ? t : null;
        for (String w : words) {
            if (METRIC_HEADS.contains(w.toLowerCase(java.util.Locale.ROOT))) return Labels.lowerCommonWords(t);
        }
        return null;
    }
}
