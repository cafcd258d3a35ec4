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
        ex.put("papers_per_s", round(r.pipeline().papersPerSecond()));
        ex.put("tokens_per_s", round(r.pipeline().tokensPerSecond()));
        ex.put("floor_papers_per_s", round(r.floor().papersPerSecond()));
        ex.put("floor_tokens_per_s", round(r.floor().tokensPerSecond()));
        ex.put("ratio", round(r.extractionRatio()));
        ex.put("lemma_memo_hit_rate", round(r.lemmaMemoHitRate()));
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

    private static double round(double x) { return Math.round(x * 100) / 100.0; }
}
