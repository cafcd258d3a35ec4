package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What a contender's JVM tells the bench, one line on its output per round as the round ends and a
 * last line with the outcome: {@code bench-round <phase> <papers> <tokens> <seconds> <cpu s> <jit ms>}
 * and {@code bench-end <settled> <lemma memo hit rate> <pid>}, tab-separated, numbers as Java prints them.
 */
final class ContenderProtocol {
    private static final String ROUND = "bench-round", END = "bench-end";

    private ContenderProtocol() {}

    static String roundLine(SteadyStateExtraction.Phase phase, ExtractionBench.Throughput t) {
        return String.join("\t", ROUND, phase.label, Long.toString(t.papers()), Long.toString(t.tokens()),
            Double.toString(t.seconds()), Double.toString(t.cpuSeconds()), Long.toString(t.jitMillis()));
    }

    static String endLine(SteadyStateExtraction.Rounds r) {
        return String.join("\t", END, Boolean.toString(r.settled()), Double.toString(r.lemmaMemoHitRate()), Long.toString(r.pid()));
    }

    /**
     * Rebuilds a contender's rounds from its output, handing each round to {@code onRound} as it is read;
     * lines that are not the protocol's go to {@code other}.
     */
    static final class Reader implements Consumer<String> {
        private final BiConsumer<SteadyStateExtraction.Phase, ExtractionBench.Throughput> onRound;
        private final Consumer<String> other;
        private final List<ExtractionBench.Throughput> warmUp = new ArrayList<>(), measured = new ArrayList<>();
        private ExtractionBench.Throughput first;
        private SteadyStateExtraction.Rounds rounds;

        Reader(BiConsumer<SteadyStateExtraction.Phase, ExtractionBench.Throughput> onRound, Consumer<String> other) {
            this.onRound = onRound;
            this.other = other;
        }

        @Override
        public void accept(String line) {
            String[] f = line.split("\t");
            if (f[0].equals(ROUND) && f.length == 7) {
                ExtractionBench.Throughput t = new ExtractionBench.Throughput(Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]));
                SteadyStateExtraction.Phase phase = SteadyStateExtraction.Phase.of(f[1]);
                switch (phase) {
                    case FIRST -> first = t;
                    case WARM_UP -> warmUp.add(t);
                    case MEASURED -> measured.add(t);
                }
                onRound.accept(phase, t);
            } else if (f[0].equals(END) && f.length == 4 && first != null) {
                rounds = new SteadyStateExtraction.Rounds(first, List.copyOf(warmUp), Boolean.parseBoolean(f[1]),
                    List.copyOf(measured), Double.parseDouble(f[2]), Long.parseLong(f[3]));
            } else {
                other.accept(line);
            }
        }

        /** The rounds, once the last line was read. */
        SteadyStateExtraction.Rounds rounds() {
            if (rounds == null) throw new IllegalStateException("the contender's JVM ended without reporting its rounds");
            return rounds;
        }
    }
}
