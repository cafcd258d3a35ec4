package org.papergraph.recognize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence says was changed, as a measure: the object of "reduces the FLOPs by 35%" gives
 * "FLOPs reduction", of "reduces the number of inference steps to 4" gives "inference steps".
 */
final class CostPhrases {
    private static final Pattern LEADING = Pattern.compile(
        "^(?:(?:the|its|their|our|his|her|a|an|this|these|total|overall|overall the)\\s+)*(?:(?:number|amount|count) of\\s+)?(?:the\\s+)?",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE = Pattern.compile("[;:()\\[\\]]|\\b(?:while|which|that|and then|when|with)\\b");
    /** The "by up to" / "to just" before the number. */
    private static final Pattern TAIL = Pattern.compile("\\s+(?:by|to)\\s+" + ResultFinder.QUALIFIER + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![+±\\-\\w.])\\d+(?:\\.\\d+)?");
    private static final Set<String> NOT_OBJECTS = Set.of("it", "them", "this", "that", "performance", "results", "result");

    private CostPhrases() {}

    /**
     * The changed thing in the words between a change verb and its "by N" / "to N" (or "from A to N"), or null.
     * After an earlier result in the sentence, only the last conjunct counts ("... by 94.3% and the MACs by").
     */
    static String object(String segment, boolean afterResult) {
        String s = TAIL.matcher(segment).replaceFirst("");
        s = s.replaceFirst("(?is)\\s+from\\s+.*$", "");
        if (afterResult || NUMBER.matcher(s).find()) {
            int cut = Math.max(s.lastIndexOf(" and "), s.lastIndexOf(", "));
            if (cut >= 0) s = s.substring(cut + (s.startsWith(" and ", cut) ? 5 : 2));
        }
        s = LEADING.matcher(s.strip()).replaceFirst("").strip();
        if (s.isEmpty() || NUMBER.matcher(s).find() || CLAUSE.matcher(s).find() || s.contains(",")) return null;
        if (s.split("\\s+").length > 9 || NOT_OBJECTS.contains(s.toLowerCase(Locale.ROOT))) return null;
        return singularLast(s);
    }

    /** A reduction of a cost as a metric: "FLOPs reduction", "reduction in memory usage of the KV cache". */
    static Entity reduction(String object) {
        String o = singularLast(object.strip());
        if (!o.contains(" of ")) return MetricPhrases.metric(o + " reduction", Set.of());
        // "memory usage of the KV cache": also named by the head words before "of", as papers shorten it ("memory usage reduction").
        String[] head = o.substring(0, o.indexOf(" of ")).split("\\s+");
        String shortForm = String.join(" ", java.util.Arrays.copyOfRange(head, Math.max(0, head.length - 2), head.length)) + " reduction";
        return MetricPhrases.metric("reduction in " + o, Set.of(shortForm));
    }

    private static String singularLast(String s) {
        int cut = s.lastIndexOf(' ') + 1;
        String last = s.substring(cut);
        return last.toLowerCase(Locale.ROOT).equals(last) ? s.substring(0, cut) + EntityKeys.singular(last) : s;
    }
}
