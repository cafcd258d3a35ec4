package org.papergraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a benchmark report, with the keys other tools read. */
public final class BenchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchJson() {}

    public static String toJson(BenchReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("papers", r.papers());
        root.put("generate_s", round(r.generateSeconds()));
        ObjectNode ex = root.putObject("extraction");
        ExtractionBench.Round steady = r.extractionSteady();
        ex.put("measurement", "steady state: " + r.extraction().method());
        putRound(ex, steady);
        ex.put("lemma_memo_hit_rate", round(r.extraction().lemmaMemoHitRate()));
        ObjectNode warmUpRounds = ex.putObject("warm_up_rounds");
        for (Contender c : Contender.values()) warmUpRounds.put(c.key(), 1 + r.extraction().of(c).warmUp().size());
        ex.put("warm_up_settled", r.extraction().settled());
        ObjectNode first = ex.putObject("first_round");
        first.put("warm_up_papers", Benchmark.WARM_UP_PAPERS);
        putRound(first, r.extractionFirst());
        ObjectNode pids = ex.putObject("jvm_pids");
        for (Contender c : Contender.values()) pids.put(c.key(), r.extraction().of(c).pid());
        ObjectNode rounds = ex.putObject("rounds");
        for (Contender c : Contender.values()) putRounds(rounds.putArray(c.key()), r.extraction().of(c));
        ObjectNode load = root.putObject("load");
        load.put("triples_per_s", round(r.storeBuilder().quadsPerSecond()));
        load.put("bulk_loader_triples_per_s", round(r.jenaLoader().quadsPerSecond()));
        load.put("ratio", round(r.loadRatio()));
        load.put("quads", r.storeBuilder().quads());
        ObjectNode build = root.putObject("build");
        build.put("papers", r.build().papers());
        build.put("quads", r.build().quads());
        build.put("seconds", round(r.build().seconds()));
        build.put("papers_per_s", round(r.build().papers() / r.build().seconds()));
        ArrayNode queries = root.putArray("queries");
        for (QueryBench.Timing t : r.queries()) {
            ObjectNode q = queries.addObject();
            q.put("name", t.name());
            q.put("corpus", t.corpus());
            q.put("median_ms", round(t.medianMs()));
            q.put("p95_ms", round(t.p95Ms()));
            q.put("runs", t.runs());
            q.put("result_bytes", t.resultBytes());
        }
        ObjectNode mem = root.putObject("memory");
        mem.put("peak_heap_mb", r.build().memory().heapMb());
        mem.put("peak_rss_mb", r.build().memory().rssMb());
        mem.put("peak_anon_rss_mb", r.build().memory().anonRssMb());
        mem.put("rss_peak_reset_before_build", r.build().memory().rssReset());
        ObjectNode m = root.putObject("machine");
        m.put("cores", r.machine().cores());
        m.put("threads", r.machine().threads());
        m.put("max_heap_mb", r.machine().maxHeapMb());
        m.put("jvm", r.machine().jvm());
        m.put("os", r.machine().os());
        m.put("load_average_at_start", round(r.machine().loadAverage()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throughput of pipeline and floor in one round, their ratios, CPU and JIT time. */
    private static void putRound(ObjectNode node, ExtractionBench.Round r) {
        node.put("papers_per_s", round(r.pipeline().papersPerSecond()));
        node.put("tokens_per_s", round(r.pipeline().tokensPerSecond()));
        node.put("floor_papers_per_s", round(r.floor().papersPerSecond()));
        node.put("floor_tokens_per_s", round(r.floor().tokensPerSecond()));
        node.put("ratio", round(r.ratio()));
        node.put("own_nlp_floor_papers_per_s", round(r.ownNlpFloor().papersPerSecond()));
        node.put("own_nlp_ratio", round(r.ownNlpRatio()));
        node.put("cpu_s", round(r.pipeline().cpuSeconds()));
        node.put("floor_cpu_s", round(r.floor().cpuSeconds()));
        node.put("own_nlp_floor_cpu_s", round(r.ownNlpFloor().cpuSeconds()));
        node.put("cpu_ratio", round(r.cpuRatio()));
        node.put("jit_ms", r.jitMillis());
    }

    /** Every round one contender ran in its JVM, in order, with its phase. */
    private static void putRounds(ArrayNode array, SteadyStateExtraction.Rounds r) {
        putThroughput(array.addObject().put("phase", SteadyStateExtraction.Phase.FIRST.label), r.first());
        for (ExtractionBench.Throughput t : r.warmUp()) putThroughput(array.addObject().put("phase", SteadyStateExtraction.Phase.WARM_UP.label), t);
        for (ExtractionBench.Throughput t : r.measured()) putThroughput(array.addObject().put("phase", SteadyStateExtraction.Phase.MEASURED.label), t);
    }

    private static void putThroughput(ObjectNode node, ExtractionBench.Throughput t) {
        node.put("papers", t.papers());
        node.put("papers_per_s", round(t.papersPerSecond()));
        node.put("tokens_per_s", round(t.tokensPerSecond()));
        node.put("seconds", round(t.seconds()));
        node.put("cpu_s", round(t.cpuSeconds()));
        node.put("jit_ms", t.jitMillis());
    }

    private static double round(double x) { return Math.round(x * 100) / 100.0; }
}
