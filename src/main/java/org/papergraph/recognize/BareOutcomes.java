package org.papergraph.recognize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages stated for a dataset without a measure word: "85.68% on CIFAR-100" and the benchmark
 * lists "WSC (90.1%), DPR (93.1%)". Abstracts write these for the paper's one measure, so the
 * measure is the only metric the text names, else accuracy (the usual unnamed percentage).
 */
final class BareOutcomes {
    /** The dataset a bare percentage belongs to, and the measure it is read as. */
    record Outcome(Entity dataset, Entity metric) {}

    /** "85.68% on (the) X". */
    private static final Pattern ON_AFTER = Pattern.compile("^\\s*\\\\?%\\s+on\\s+(?:the\\s+)?([A-Z][\\w.-]*)");
    /** "X (90.1%)": the name right before the bracket. */
    private static final Pattern NAME_BEFORE = Pattern.compile("([A-Z][\\w.-]*)\\s*\\(\\s*$");
    private static final Pattern CLOSE_AFTER = Pattern.compile("^\\s*\\\\?%\\s*\\)");
    private static final Entity ACCURACY = MetricPhrases.metric("accuracy", Set.of());

    private BareOutcomes() {}

    /** The outcome of a percentage with no measure of its own, or null when it is not of that form. */
    static Outcome of(String text, NumberMentions.Mention n, int sentenceStart, int sentenceEnd, ResultFinder.Context ctx) {
        if (!n.percent()) return null;
        Entity dataset = null;
        String after = text.substring(n.end(), sentenceEnd);
        Matcher a = ON_AFTER.matcher(after);
        Matcher b = NAME_BEFORE.matcher(text.substring(sentenceStart, n.start()));
        if (a.find()) dataset = named(n.end() + a.start(1), a.group(1), ctx, false);
        else if (b.find() && CLOSE_AFTER.matcher(after).find()) dataset = named(sentenceStart + b.start(1), b.group(1), ctx, true);
        if (dataset == null) return null;
        Entity metric = onlyMetric(ctx.metrics());
        return metric == null ? null : new Outcome(dataset, metric);
    }

    /**
     * The dataset a name at this offset refers to: the known one there, else the name as a new dataset.
     * In a bracketed benchmark list a name the linker took for a method is still read as the benchmark.
     */
    private static Entity named(int start, String name, ResultFinder.Context ctx, boolean overMethod) {
        for (Map.Entry<Candidate, Entity> e : ctx.datasets())
            if (e.getKey().start() == start) return e.getValue();
        String word = name.replaceAll("[.-]+$", "");
        if (word.length() < 2 || MetricPhrases.HEADS.contains(word.toLowerCase(Locale.ROOT))) return null;
        if (!overMethod) for (Map.Entry<Candidate, Entity> e : ctx.methods())
            if (e.getKey().start() == start) return null;   // "92% on Llama-2": a model, not a dataset
        return new Entity(EntityKeys.slug(word), word, Set.of(EntityType.DATASET), Set.of(), false);
    }

    /** The one metric the text names, accuracy when it names none, null when it names several. */
    private static Entity onlyMetric(List<Map.Entry<Candidate, Entity>> metrics) {
        Set<Entity> named = new LinkedHashSet<>();
        for (Map.Entry<Candidate, Entity> e : metrics) named.add(e.getValue());
        if (named.size() > 1) return null;
        return named.isEmpty() ? ACCURACY : named.iterator().next();
    }
}
