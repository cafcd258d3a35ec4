package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The type of an entity the vocabulary does not know, from its head noun and the words around it. */
final class TypeGuesser {
    private static final Set<String> DATASET_HEADS = Set.of("dataset", "datasets", "benchmark", "benchmarks", "corpus",
        "corpora", "suite", "collection", "treebank", "bank", "database", "set");
    private static final Set<String> METRIC_HEADS = Set.of("score", "accuracy", "rate", "error", "metric", "precision",
        "recall", "distance", "divergence", "loss", "ratio", "index", "coefficient");
    private static final Set<String> TASK_HEADS = Set.of("detection", "segmentation", "classification", "recognition",
        "generation", "translation", "parsing", "retrieval", "estimation", "prediction", "answering", "summarization",
        "reasoning", "tracking", "localization", "captioning", "synthesis", "forecasting", "learning", "alignment",
        "completion", "matching", "reconstruction", "editing", "transfer", "verification", "identification",
        "adaptation", "discovery", "compression", "scoring", "extraction");
    private static final Set<String> CONCEPT_HEADS = Set.of("head", "heads", "neuron", "neurons", "circuit", "circuits",
        "layer", "layers", "phenomenon", "collapse", "forgetting", "bias", "shift", "hallucination", "representation",
        "representations", "feature", "features", "property", "token", "tokens", "oversight", "size",
        // Notions of the application domain a paper works on, not techniques: "post-traumatic stress disorder (PTSD)".
        "disorder", "disease", "syndrome", "background", "alternans", "signal", "signals");
    private static final Pattern DATASET_AFTER = Pattern.compile("^\\s*(?:\\S+\\s+)?(?:dataset|datasets|benchmark|benchmarks|corpus|test set|split)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATASET_BEFORE = Pattern.compile("\\b(?:on|from|across|using)\\s+(?:the\\s+)?(?:challenging\\s+|popular\\s+|public\\s+|large-scale\\s+)?$", Pattern.CASE_INSENSITIVE);

    private TypeGuesser() {}

    /** The type a name's own last word implies, or null. */
    static EntityType fromHead(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s]+");
        String head = head(name);
        if (DATASET_HEADS.contains(head)) return EntityType.DATASET;
        if (METRIC_HEADS.contains(head)) return EntityType.METRIC;
        if (CONCEPT_HEADS.contains(head)) return EntityType.CONCEPT;
        if (TASK_HEADS.contains(head) && words.length > 1) return EntityType.TASK;
        return null;
    }

    /** The last word of a name in lower case, without the punctuation a text may leave on it ("Ratio~"). */
    static String head(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s]+");
        return TRAILING_MARKS.matcher(words[words.length - 1]).replaceAll("");
    }

    private static final Pattern TRAILING_MARKS = Pattern.compile("[^\\p{L}\\p{N}]+$");

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");

    /** A short all-capital name ("ATE", "HTG"). */
    static boolean isAcronym(String name) {
        return ACRONYM.matcher(name).matches();
    }

    /**
     * The runs of words of a text whose first letters spell an acronym, in lower case: "Automatic Term Extraction"
     * for "ATE". Words in capitals are names of their own, so a run holding one is no spelling out.
     */
    static Set<String> spelledOut(String acronym, String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        addSpelledOut(acronym, words, out);
        // "Post-Traumatic Stress Disorder" spells PTSD: the parts of a compound count as words too.
        List<String> parts = new java.util.ArrayList<>();
        for (String w : words) for (String part : w.split("-")) if (!part.isEmpty() && Character.isLetter(part.charAt(0))) parts.add(part);
        addSpelledOut(acronym, parts, out);
        return out;
    }

    private static void addSpelledOut(String acronym, List<String> words, Set<String> out) {
        int n = acronym.length();
        for (int i = 0; i + n <= words.size(); i++) {
            boolean fits = true;
            for (int k = 0; k < n && fits; k++) {
                String w = words.get(i + k);
                fits = Character.toUpperCase(w.charAt(0)) == acronym.charAt(k) && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
            }
            if (fits) out.add(String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT));
        }
    }

    private static final Pattern BENCHMARK_NAME = Pattern.compile("[A-Z][\\w-]*(?:Bench|-bench|QA|-QA)(?:[-\\d.]*)");

    /** The type a single name's own spelling implies: "MMBench", "FIND-Bench", "TriviaQA" are benchmarks. */
    static EntityType fromNameShape(String name) {
        return BENCHMARK_NAME.matcher(name).matches() ? EntityType.DATASET : null;
    }

    /** Whether a lower-case head noun names an activity a paper can address ("detection", "generation"). */
    static boolean isTaskHead(String head) {
        return TASK_HEADS.contains(head);
    }

    /** The type the words after and before a mention imply ("X dataset", "on X"), or null. */
    static EntityType fromContext(String before, String after) {
        if (DATASET_AFTER.matcher(after).find()) return EntityType.DATASET;
        return null;
    }

    private static final Pattern APPOSITION = Pattern.compile(
        "^\\s*\\)?\\s*(?:,|--|\u2014|\u2013|:|\\(|,?\\s*which is|,?\\s*(?:is|are))\\s*(?:a|an|the|our)?\\s*(?:[\\w-]+\\s+){0,5}?"
        + "(dataset|benchmark|corpus|suite|collection|testbed|test set|metric|score|measure)s?\\b", Pattern.CASE_INSENSITIVE);

    /** The kind an apposition right after a name gives it ("APPS, a benchmark for ..."): Dataset or Metric, else null. */
    static EntityType fromApposition(String after) {
        Matcher m = APPOSITION.matcher(after);
        if (!m.find()) return null;
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        return kind.equals("metric") || kind.equals("score") || kind.equals("measure") ? EntityType.METRIC : EntityType.DATASET;
    }

    /**
     * The type a paper gives its own contribution, from the words right after its name: an apposition or
     * subtitle saying "a benchmark" or "a metric" ("HWD: A Novel Evaluation Score for ..."). A "score"
     * later in the sentence is what the method computes, not what it is ("PiToMe ... an energy score").
     */
    static EntityType fromProposalContext(String after) {
        EntityType kind = fromApposition(after.length() > 120 ? after.substring(0, 120) : after);
        return kind != null ? kind : EntityType.METHOD;
    }
}
