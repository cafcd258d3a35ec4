package org.papergraph.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/**
 * Reported numbers: a metric mention and a number tied to it in one sentence ("a mean F1 score of
 * 88.96", "73.87% FLOPs reduction", "accuracy: 91.2"), with the dataset named after "on" and the
 * method the paper proposes.
 */
final class ResultFinder {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.+-])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(%|x|×)?(?![\\w.]*\\d)");
    private static final Pattern METRIC_THEN_NUMBER = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:of|=|:|at|reaching|reaches|to|is|was|by)?\\s*(?:up to|about|around|approximately|over|nearly|only)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_THEN_METRIC = Pattern.compile("^\\s*(?:%|points?|pp)?\\s*(?:relative\\s+|absolute\\s+|top-1\\s+|average\\s+|mean\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAIN_BEFORE = Pattern.compile("(?:\\+|by|improv\\w*|gain\\w*|increase\\w*|boost\\w*|outperform\\w*)\\s*(?:of\\s+)?(?:up to\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Results in one text, given the metric and dataset mentions found in it and the method they are credited to. */
    List<ReportedResult> find(AnnotatedText text, List<Map.Entry<Candidate, Entity>> metrics,
                              List<Map.Entry<Candidate, Entity>> datasets, Entity method) {
        List<ReportedResult> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = NUMBER.matcher(s.text());
            while (m.find()) {
                int numStart = s.start() + m.start(1), numEnd = s.start() + m.end(1);
                String before = text.text().substring(s.start(), numStart);
                if (GAIN_BEFORE.matcher(before).find()) continue;
                if (before.endsWith("-") || before.endsWith("+")) continue;
                Entity metric = metricFor(text, s, numStart, numEnd, metrics);
                if (metric == null) continue;
                Entity dataset = datasetAfter(s, numEnd, datasets);
                String valueText = m.group(1).replace(",", "");
                BigDecimal value = new BigDecimal(valueText);
                Evidence ev = new Evidence(text.section(), numStart, numEnd, m.group(1), s.start(), s.end());
                out.add(new ReportedResult(value, valueText, metric, dataset, method, 0.7, ev));
            }
        }
        return out;
    }

    private Entity metricFor(AnnotatedText text, Sentence s, int numStart, int numEnd, List<Map.Entry<Candidate, Entity>> metrics) {
        for (Map.Entry<Candidate, Entity> e : metrics) {
            Candidate c = e.getKey();
            if (c.start() < s.start() || c.end() > s.end()) continue;
            if (c.end() <= numStart && METRIC_THEN_NUMBER.matcher(text.text().substring(c.end(), numStart)).matches())
                return e.getValue();
            if (c.start() >= numEnd && NUMBER_THEN_METRIC.matcher(text.text().substring(numEnd, c.start())).matches())
                return e.getValue();
        }
        return null;
    }

    private Entity datasetAfter(Sentence s, int numEnd, List<Map.Entry<Candidate, Entity>> datasets) {
        for (Map.Entry<Candidate, Entity> e : datasets) {
            Candidate c = e.getKey();
            if (c.start() >= numEnd && c.end() <= s.end() && c.start() - numEnd < 80) return e.getValue();
        }
        return null;
    }
}
