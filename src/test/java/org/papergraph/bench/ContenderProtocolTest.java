package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A contender's rounds survive the trip through its JVM's output lines, and other lines are passed on. */
class ContenderProtocolTest {
    private static final ExtractionBench.Throughput FIRST = new ExtractionBench.Throughput(2000, 371_234, 5.25, 9.875, 13_472);
    private static final ExtractionBench.Throughput WARM = new ExtractionBench.Throughput(2000, 371_234, 3.1, 6.2, 716);
    private static final ExtractionBench.Throughput M1 = new ExtractionBench.Throughput(2000, 371_234, 3.0, 6.0, 148);
    private static final ExtractionBench.Throughput M2 = new ExtractionBench.Throughput(2000, 371_234, 3.0000000001, 6.05, 0);

    @Test
    void roundsComeBackAsTheChildMeasuredThem() {
        List<String> logged = new ArrayList<>();
        List<SteadyStateExtraction.Phase> phases = new ArrayList<>();
        ContenderProtocol.Reader reader = new ContenderProtocol.Reader((phase, t) -> phases.add(phase), logged::add);
        reader.accept("INFO  loading models");
        reader.accept(ContenderProtocol.roundLine(SteadyStateExtraction.Phase.FIRST, FIRST));
        reader.accept(ContenderProtocol.roundLine(SteadyStateExtraction.Phase.WARM_UP, WARM));
        reader.accept(ContenderProtocol.roundLine(SteadyStateExtraction.Phase.MEASURED, M1));
        reader.accept(ContenderProtocol.roundLine(SteadyStateExtraction.Phase.MEASURED, M2));
        reader.accept(ContenderProtocol.endLine(new SteadyStateExtraction.Rounds(FIRST, List.of(WARM), true, List.of(M1, M2), 0.875, 4242)));

        SteadyStateExtraction.Rounds r = reader.rounds();
        assertEquals(FIRST, r.first());
        assertEquals(List.of(WARM), r.warmUp());
        assertEquals(List.of(M1, M2), r.measured());
        assertEquals(true, r.settled());
        assertEquals(0.875, r.lemmaMemoHitRate());
        assertEquals(4242, r.pid());
        assertEquals(List.of(SteadyStateExtraction.Phase.FIRST, SteadyStateExtraction.Phase.WARM_UP,
            SteadyStateExtraction.Phase.MEASURED, SteadyStateExtraction.Phase.MEASURED), phases);
        assertEquals(List.of("INFO  loading models"), logged);
    }

    @Test
    void aChildThatEndsWithoutItsLastLineIsAnError() {
        ContenderProtocol.Reader reader = new ContenderProtocol.Reader((phase, t) -> {}, line -> {});
        reader.accept(ContenderProtocol.roundLine(SteadyStateExtraction.Phase.FIRST, FIRST));
        assertThrows(IllegalStateException.class, reader::rounds);
    }
}
