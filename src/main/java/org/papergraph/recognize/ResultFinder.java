package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/**
 * Reported numbers: a number tied to a measure in one sentence ("a mean F1 score of 88.96",
 * "73.87% FLOPs reduction", "AUROC = 0.77", "reduces the FLOPs by 35%", "increases the rate of X
 * to 88%", "... and 93.03 on LaPa"), with the dataset it was measured on and the method credited.
 * Gains over a baseline ("improves accuracy by 2.3%", "+2.82", "2% better") are not results.
 */
final class ResultFinder {
    /** The entities a text's results can refer to. */
    record Context(List<Map.Entry<Candidate, Entity>> metrics, List<Map.Entry<Candidate, Entity>> datasets,
                   List<Map.Entry<Candidate, Entity>> methods, Entity proposed, Entity onlyDataset) {}

    static final String QUALIFIER = "(?:(?:up to|about|around|approximately|roughly|over|nearly|only|just|almost|more than|less than|at least|an average of|a remarkable|a|an|~|≈)\\s*)*";
    private static final Pattern METRIC_THEN_NUMBER = Pattern.compile(
        "\\s*(?:\\([^)]*\\)\\s*)?(?:scores?\\s+|values?\\s+)?(?:of|=|:|at|reaching|reaches|reached|reach|to|is|was|are|were|as high as)?\\s*" + QUALIFIER, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_THEN_METRIC = Pattern.compile(
        "\\s*(?:\\\\?%|x|×|X|dB|times|-fold)?\\s*(?:of\\s+)?(?:the\\s+)?(?:relative\\s+|absolute\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "36% less inference time": a cost cut by that share. */
    private static final Pattern LESS_THEN = Pattern.compile("\\s*(?:\\\\?%|x|×|X|times)?\\s*(?:less|fewer|lower)\\s+((?:[\\w-]+\\s+){0,3}?[\\w-]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAIN_AFTER = Pattern.compile(
        "\\s*(?:\\\\?%|x|×|X|points?|pp|percentage points?)?\\s*(?:absolute\\s+|relative\\s+)?(?:improvement|gain|increase|better|higher|more|boost|above|over|faster|ahead)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_BEFORE = Pattern.compile("\\bby\\s+" + QUALIFIER + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_BEFORE = Pattern.compile("(?<!\\bup )\\bto\\s+" + QUALIFIER + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_OF = Pattern.compile("\\b(drops?|reductions?|decreases?|losses|loss|degradations?)\\s+(?:of\\s+)?" + QUALIFIER + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_MEASURE = Pattern.compile("\\s*(?:\\\\?%|percentage points?|points?|pp)?\\s+in\\s+(?:the\\s+)?((?:[\\w-]+\\s+){0,2}?(?:accuracy|error|score|rate|precision|recall|F1|performance|BLEU|AUC))\\b",
        Pattern.CASE_INSENSITIVE);
    /** "all exceeded 90%": a bar passed, not the value reached. */
    private static final Pattern THRESHOLD = Pattern.compile("\\b(?:exceed|surpass|outperform|beat|above|below)\\w*\\s+" + QUALIFIER + "$", Pattern.CASE_INSENSITIVE);
    /** A number that carries the previous measure has no noun of its own after it ("... and 93.03 on LaPa"). */
    private static final Pattern BARE = Pattern.compile("\\s*(?:\\\\?%|x|×|X|dB)?\\s*(?:\\(|\\)|,|;|\\.|on\\b|in\\b|for\\b|and\\b|with\\b|respectively\\b|$)");
    /** "outperform X by 13.9% accuracy", "improves the accuracy up to 15%", "an absolute reduction of 2.7 and 2.9 WERs": gains over a baseline. */
    private static final Pattern GAIN_BEFORE = Pattern.compile("(?:\\b(?:outperform|improv|surpass|beat|boost|enhanc)\\w*\\b(?:(?!reduc|decreas|lower|cut|compress)[^,;()])*?\\b(?:by|up to)"
        + "|\\b(?:absolute|relative)\\s+(?:reductions?|improvements?|gains?|increases?|decreases?)\\s+of(?:\\s+[\\d.]+\\s*(?:\\\\?%)?\\s*(?:,|and))*)\\s+" + QUALIFIER + "$",
        Pattern.CASE_INSENSITIVE);
    /** "within 0.5% mAP": a tolerance, not a value reached. */
    private static final Pattern WITHIN = Pattern.compile("\\bwithin\\s+" + QUALIFIER + "$", Pattern.CASE_INSENSITIVE);
    /** "the average accuracy of 19 downstream tasks": a whole number that counts things. */
    private static final Pattern COUNT_AFTER = Pattern.compile("^\\s+(?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]{2,}(?<!ss)s\\b(?<!times|points)");
    private static final Pattern SIGNED = Pattern.compile("[+±]\\s*$");
    private static final Pattern CUT_VERB = Pattern.compile("(?i)\\b(?:reduc|decreas|lower|cut|compress|shrink|sav|trim)\\w*");
    private static final Pattern CHANGE_VERB = Pattern.compile("(?i)\\b(?:reduc|decreas|lower|cut|increas|rais|improv|boost|lift|bring|brings|brought)\\w*");

    /** Results in one text. */
    List<ReportedResult> find(AnnotatedText text, Context ctx) {
        List<ReportedResult> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (ResultContext.priorWork(s, ctx)) continue;
            List<MetricPhrases.Span> measures = MetricPhrases.of(s, text.text(), ctx.metrics());
            ReportedResult previous = null;
            String previousUnit = null;
            List<NumberMentions.Mention> numbers = NumberMentions.of(s);
            Map<NumberMentions.Mention, Entity> paired = ResultContext.respectively(s, numbers, ctx);
            for (NumberMentions.Mention n : numbers) {
                String before = text.text().substring(s.start(), n.start());
                String after = text.text().substring(n.end(), s.end());
                if (SIGNED.matcher(before).find() || GAIN_AFTER.matcher(after).lookingAt() || THRESHOLD.matcher(before).find()
                    || GAIN_BEFORE.matcher(before).find() || WITHIN.matcher(before).find()) continue;
                if (n.unit().isEmpty() && n.value().scale() <= 0 && COUNT_AFTER.matcher(after).find()
                    && !TO_BEFORE.matcher(before).find() && !BY_BEFORE.matcher(before).find()) continue;   // "to just 4 steps" is a level reached
                Found f = adjacent(text.text(), n, measures);
                if (f == null) f = lessThen(after);
                if (f == null) f = changed(before, n, previous);
                if (f == null && BY_BEFORE.matcher(before).find()) continue;   // "improves accuracy by 2.3%"
                if (f == null && BARE.matcher(after).lookingAt() && coordinated(previous, previousUnit, n, measures))
                    f = new Found(previous.metric(), 0.6);   // "... of 88.96 on A and 93.03 on B"
                if (f == null) f = changeIn(before, after);
                if (f == null && paired.containsKey(n)) f = nearestBefore(numbers.get(0), measures);
                BareOutcomes.Outcome bare = f == null || f.confidence() <= 0.6 ? BareOutcomes.of(text.text(), n, s.start(), s.end(), ctx) : null;
                if (f == null && bare != null) f = new Found(bare.metric(), 0.5);
                if (f == null) continue;
                Entity dataset = bare != null ? bare.dataset() : paired.containsKey(n) ? paired.get(n) : ResultContext.dataset(s, n, ctx);
                Entity method = ResultContext.method(s, n, ctx);
                double conf = f.confidence() - (dataset == ctx.onlyDataset() && dataset != null ? 0.05 : 0);
                Evidence ev = new Evidence(text.section(), n.start(), n.end(), n.text(), s.start(), s.end());
                previous = new ReportedResult(n.value(), n.text().replace(",", ""), f.metric(), dataset, method, conf, ev);
                previousUnit = n.unit();
                out.add(previous);
            }
        }
        return out;
    }

    /** Whether a number with no measure of its own continues a list begun by the previous result of its sentence. */
    private static boolean coordinated(ReportedResult previous, String previousUnit, NumberMentions.Mention n, List<MetricPhrases.Span> measures) {
        if (previous == null || !n.unit().equals(previousUnit) || n.start() - previous.evidence().end() > 150) return false;
        int from = previous.evidence().end();
        return measures.stream().noneMatch(m -> m.start() > from && m.end() <= n.start());
    }

    /** A measure for a number, and how sure the pattern is. */
    private record Found(Entity metric, double confidence) {}

    /** A measure right before the number ("mIoU of 50.3") or right after it ("50.3% mIoU", "10% of attention parameters"). */
    private static Found adjacent(String text, NumberMentions.Mention n, List<MetricPhrases.Span> measures) {
        for (MetricPhrases.Span m : measures)
            if (m.end() <= n.start() && METRIC_THEN_NUMBER.matcher(text.substring(m.end(), n.start())).matches())
                return new Found(m.entity(), m.fromVocabulary() ? 0.85 : 0.75);
        for (MetricPhrases.Span m : measures)
            if (m.start() >= n.end() && NUMBER_THEN_METRIC.matcher(text.substring(n.end(), m.start())).matches())
                return new Found(m.entity(), m.fromVocabulary() ? 0.85 : 0.75);
        return null;
    }

    /** "drops of up to 55.4 percentage points in classification accuracy": the change of the measure named after. */
    private static Found changeIn(String before, String after) {
        Matcher b = CHANGE_OF.matcher(before), a = IN_MEASURE.matcher(after);
        if (!b.find() || !a.lookingAt()) return null;
        return new Found(MetricPhrases.metric(a.group(1) + " " + EntityKeys.singular(b.group(1).toLowerCase(java.util.Locale.ROOT)), java.util.Set.of()), 0.6);
    }

    /** The measure named last before a number, for lists whose numbers follow their measure at a distance. */
    private static Found nearestBefore(NumberMentions.Mention n, List<MetricPhrases.Span> measures) {
        MetricPhrases.Span last = null;
        for (MetricPhrases.Span m : measures) if (m.end() <= n.start()) last = m;
        return last == null ? null : new Found(last.entity(), 0.6);
    }

    private static Found lessThen(String after) {
        Matcher m = LESS_THEN.matcher(after);
        return m.lookingAt() ? new Found(CostPhrases.reduction(m.group(1)), 0.65) : null;
    }

    /** "reduces the FLOPs by 35%" (a reduction), "increases the rate of X to 88%" (the level reached). */
    private static Found changed(String before, NumberMentions.Mention n, ReportedResult previous) {
        boolean by = BY_BEFORE.matcher(before).find(), to = TO_BEFORE.matcher(before).find();
        if (!by && !to) return null;
        Matcher v = (by ? CUT_VERB : CHANGE_VERB).matcher(before);
        int verbEnd = -1;
        while (v.find()) verbEnd = v.end();
        if (verbEnd < 0) return null;
        String object = CostPhrases.object(before.substring(verbEnd), previous != null);
        if (object == null) return null;
        return new Found(by ? CostPhrases.reduction(object) : MetricPhrases.metric(object, java.util.Set.of()), 0.6);
    }
}
