package org.papergraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.rdf.Iris;

/**
 * Extraction vs the NLP floor measured in rounds over the same papers, each round the floor then the
 * pipeline. The first round is what a short build sees (the JIT still compiling recognition's code,
 * on the same cores as the workers); rounds then go on until the JIT is done and throughput is
 * stable, as a long build runs, and a few more rounds are measured. Both figures are reported.
 */
final class SteadyStateExtraction {
    /** Rounds measured after the warm-up; the median one (by ratio) is reported. */
    static final int MEASURED_ROUNDS = 3;
    /** Warm-up rounds after the first, at most: on a busy machine throughput may never settle. */
    static final int MAX_WARM_UP_ROUNDS = 6;
    /** Steady: the JIT compiled for under this share of the round's time ... */
    static final double JIT_SHARE = 0.02;
    /** ... and floor and pipeline throughput moved by less than this share since the previous round. */
    static final double THROUGHPUT_CHANGE = 0.10;

    /**
     * The first round, the warm-up rounds that followed it, whether they ended by the rule (not the limit),
     * the measured rounds and the lemma memo's hit rate in those.
     */
    record Result(ExtractionBench.Round first, List<ExtractionBench.Round> warmUp, boolean settled,
                  List<ExtractionBench.Round> measured, double lemmaMemoHitRate) {
        /** The measured round with the median pipeline/floor ratio. */
        ExtractionBench.Round steady() {
            List<ExtractionBench.Round> byRatio = new ArrayList<>(measured);
            byRatio.sort(Comparator.comparingDouble(ExtractionBench.Round::ratio));
            return byRatio.get(byRatio.size() / 2);
        }

        /** How the steady-state figure was obtained, for the report. */
        String method() {
            return String.format("median of %d rounds after %d warm-up rounds (%s)", measured.size(), 1 + warmUp.size(),
                settled() ? "JIT under 2% of a round, throughput within 10% of the previous round" : "limit reached, not settled");
        }
    }

    private SteadyStateExtraction() {}

    static Result run(PaperSource source, int threads, Iris iris, Consumer<String> log) {
        ExtractionBench.Round first = ExtractionBench.round(source, threads, iris);
        log.accept(describe("first round", first));
        List<ExtractionBench.Round> warmUp = new ArrayList<>();
        ExtractionBench.Round previous = first;
        boolean settled = false;
        while (!settled && warmUp.size() < MAX_WARM_UP_ROUNDS) {
            ExtractionBench.Round r = ExtractionBench.round(source, threads, iris);
            warmUp.add(r);
            log.accept(describe("warm-up round " + (warmUp.size() + 1), r));
            settled = isSteady(previous, r);
            previous = r;
        }
        TextAnalyzer.resetLemmaMemoStats();
        List<ExtractionBench.Round> measured = new ArrayList<>();
        for (int i = 1; i <= MEASURED_ROUNDS; i++) {
            ExtractionBench.Round r = ExtractionBench.round(source, threads, iris);
            measured.add(r);
            log.accept(describe("measured round " + i, r));
        }
        return new Result(first, warmUp, settled, measured, TextAnalyzer.lemmaMemoHitRate());
    }

    private static boolean isSteady(ExtractionBench.Round previous, ExtractionBench.Round r) {
        return r.jitMillis() < JIT_SHARE * r.seconds() * 1000
            && changed(previous.floor().papersPerSecond(), r.floor().papersPerSecond()) < THROUGHPUT_CHANGE
            && changed(previous.pipeline().papersPerSecond(), r.pipeline().papersPerSecond()) < THROUGHPUT_CHANGE;
    }

    private static double changed(double before, double after) { return Math.abs(after / before - 1); }

    private static String describe(String name, ExtractionBench.Round r) {
        return String.format("%s: floor %.1f papers/s (own NLP %.1f), pipeline %.1f papers/s, ratio %.2f (CPU %.2f; own NLP %.2f), JIT %,d ms",
            name, r.floor().papersPerSecond(), r.ownNlpFloor().papersPerSecond(), r.pipeline().papersPerSecond(), r.ratio(), r.cpuRatio(),
            r.ownNlpRatio(), r.jitMillis());
    }
}
