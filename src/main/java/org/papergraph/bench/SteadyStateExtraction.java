package org.papergraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.rdf.Iris;

/**
 * Extraction vs the NLP floor measured in rounds over the same papers. Each contender (stock floor,
 * own-NLP floor, pipeline) runs its rounds in a JVM of its own: in one JVM the JIT compiles OpenNLP's
 * shared code with the profiles of both callers, which slowed the floor by half. The first round is
 * what a short build sees (the JIT still compiling, on the same cores as the workers); rounds then go
 * on until the JIT is done and throughput is stable, as a long build runs, and a few more rounds are
 * measured. Both figures are reported.
 */
final class SteadyStateExtraction {
    /** Rounds measured after the warm-up; the median one (by ratio) is reported. */
    static final int MEASURED_ROUNDS = 3;
    /** Warm-up rounds after the first, at most: on a busy machine throughput may never settle. */
    static final int MAX_WARM_UP_ROUNDS = 6;
    /** Steady: the JIT compiled for under this share of the round's time ... */
    static final double JIT_SHARE = 0.02;
    /** ... and throughput moved by less than this share since the previous round. */
    static final double THROUGHPUT_CHANGE = 0.10;

    /** Where a round stands in a contender's schedule. */
    enum Phase {
        FIRST("first"), WARM_UP("warm-up"), MEASURED("measured");

        final String label;

        Phase(String label) { this.label = label; }

        static Phase of(String label) {
            for (Phase p : values()) if (p.label.equals(label)) return p;
            throw new IllegalArgumentException("unknown phase '" + label + "'");
        }
    }

    /**
     * One contender's rounds in its JVM: the first, the warm-up rounds that followed it, whether they
     * ended by the rule (not the limit), the measured rounds, the lemma memo's hit rate in those and the
     * JVM's process id.
     */
    record Rounds(ExtractionBench.Throughput first, List<ExtractionBench.Throughput> warmUp, boolean settled,
                  List<ExtractionBench.Throughput> measured, double lemmaMemoHitRate, long pid) {}

    /** The three contenders' rounds; round i of the report pairs round i of each. */
    record Result(Rounds floor, Rounds ownNlpFloor, Rounds pipeline) {
        ExtractionBench.Round first() { return new ExtractionBench.Round(floor.first(), ownNlpFloor.first(), pipeline.first()); }

        List<ExtractionBench.Round> measured() {
            return IntStream.range(0, MEASURED_ROUNDS).mapToObj(i -> new ExtractionBench.Round(
                floor.measured().get(i), ownNlpFloor.measured().get(i), pipeline.measured().get(i))).toList();
        }

        /** The measured round with the median pipeline/floor ratio. */
        ExtractionBench.Round steady() {
            List<ExtractionBench.Round> byRatio = new ArrayList<>(measured());
            byRatio.sort(Comparator.comparingDouble(ExtractionBench.Round::ratio));
            return byRatio.get(byRatio.size() / 2);
        }

        boolean settled() { return floor.settled() && ownNlpFloor.settled() && pipeline.settled(); }

        /** The pipeline's lemma memo hit rate in its measured rounds (the floors do not lemmatize). */
        double lemmaMemoHitRate() { return pipeline.lemmaMemoHitRate(); }

        Rounds of(Contender c) {
            return switch (c) {
                case FLOOR -> floor;
                case OWN_NLP_FLOOR -> ownNlpFloor;
                case PIPELINE -> pipeline;
            };
        }

        /** How the steady-state figure was obtained, for the report. */
        String method() {
            return String.format("median of %d rounds after %d/%d/%d warm-up rounds (floor/own NLP floor/pipeline), each in a JVM of its own (%s)",
                MEASURED_ROUNDS, 1 + floor.warmUp().size(), 1 + ownNlpFloor.warmUp().size(), 1 + pipeline.warmUp().size(),
                settled() ? "JIT under 2% of a round, throughput within 10% of the previous round" : "limit reached, not settled");
        }
    }

    private SteadyStateExtraction() {}

    /** Runs one contender's rounds in this JVM, handing each to {@code onRound} as it ends. */
    static Rounds run(Contender contender, PaperSource source, int threads, Iris iris,
                      BiConsumer<Phase, ExtractionBench.Throughput> onRound) {
        ExtractionBench.Throughput first = contender.run(source, threads, iris);
        onRound.accept(Phase.FIRST, first);
        List<ExtractionBench.Throughput> warmUp = new ArrayList<>();
        ExtractionBench.Throughput previous = first;
        boolean settled = false;
        while (!settled && warmUp.size() < MAX_WARM_UP_ROUNDS) {
            ExtractionBench.Throughput t = contender.run(source, threads, iris);
            warmUp.add(t);
            onRound.accept(Phase.WARM_UP, t);
            settled = isSteady(previous, t);
            previous = t;
        }
        TextAnalyzer.resetLemmaMemoStats();
        List<ExtractionBench.Throughput> measured = new ArrayList<>();
        for (int i = 1; i <= MEASURED_ROUNDS; i++) {
            ExtractionBench.Throughput t = contender.run(source, threads, iris);
            measured.add(t);
            onRound.accept(Phase.MEASURED, t);
        }
        return new Rounds(first, warmUp, settled, measured, TextAnalyzer.lemmaMemoHitRate(), ProcessHandle.current().pid());
    }

    private static boolean isSteady(ExtractionBench.Throughput previous, ExtractionBench.Throughput t) {
        return t.jitMillis() < JIT_SHARE * t.seconds() * 1000
            && Math.abs(t.papersPerSecond() / previous.papersPerSecond() - 1) < THROUGHPUT_CHANGE;
    }

    /** One line for the log: a round of the three contenders side by side. */
    static String describe(String name, ExtractionBench.Round r) {
        return String.format("%s: floor %.1f papers/s (own NLP %.1f), pipeline %.1f papers/s, ratio %.2f (CPU %.2f; own NLP %.2f), JIT %,d ms",
            name, r.floor().papersPerSecond(), r.ownNlpFloor().papersPerSecond(), r.pipeline().papersPerSecond(), r.ratio(), r.cpuRatio(),
            r.ownNlpRatio(), r.jitMillis());
    }
}
