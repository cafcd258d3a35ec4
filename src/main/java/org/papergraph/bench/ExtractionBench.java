package org.papergraph.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.pipeline.BuildPipeline;
import org.papergraph.pipeline.BuildReport;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.pipeline.PaperWork;
import org.papergraph.pipeline.Progress;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.recognize.PaperRecognizer;
import org.papergraph.recognize.Vocabulary;

/**
 * Extraction throughput of the build's pipeline (NLP, recognition, RDF mapping) and of the floor
 * the OpenNLP models alone set (sentences, tokens, POS tags), through the same reader thread,
 * queues and worker threads, over the same papers; the quads are counted, not stored. Each pass
 * is meant to run in a JVM of its own ({@link ContenderProcess}).
 */
final class ExtractionBench {
    /** Papers and tokens processed, the seconds it took, the process's CPU seconds and the JIT's compilation time meanwhile. */
    record Throughput(long papers, long tokens, double seconds, double cpuSeconds, long jitMillis) {
        double papersPerSecond() { return papers / seconds; }

        double tokensPerSecond() { return tokens / seconds; }
    }

    /** One pass of the floor, one of the floor with the pipeline's own NLP code and one of the pipeline, over the same papers. */
    record Round(Throughput floor, Throughput ownNlpFloor, Throughput pipeline) {
        /** Pipeline throughput over the floor's (OpenNLP's ME classes as shipped). */
        double ratio() { return pipeline.papersPerSecond() / floor.papersPerSecond(); }

        /** Pipeline throughput over the floor's when the floor runs the pipeline's memoized NLP code: what recognition and mapping cost. */
        double ownNlpRatio() { return pipeline.papersPerSecond() / ownNlpFloor.papersPerSecond(); }

        /** The floor's process CPU over the pipeline's: the ratio other processes on the machine disturb least. */
        double cpuRatio() { return floor.cpuSeconds() / pipeline.cpuSeconds(); }

        long jitMillis() { return floor.jitMillis() + ownNlpFloor.jitMillis() + pipeline.jitMillis(); }

        double seconds() { return floor.seconds() + ownNlpFloor.seconds() + pipeline.seconds(); }
    }

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private ExtractionBench() {}

    /**
     * The NLP floor: sentence detection, tokenization and POS tagging of title and abstract, by
     * OpenNLP's ME classes as shipped or, with {@code ownNlp}, with the pipeline's memoized tokenizer and beam tagger.
     */
    static Throughput floor(PaperSource source, int threads, boolean ownNlp) {
        BuildPipeline floor = new BuildPipeline(() -> {
            TextAnalyzer analyzer = NlpModels.get().newAnalyzer();
            return ownNlp
                ? p -> new PaperWork.Output(List.of(), 0, 0, analyzer.tagOnlyOwnNlp(p.title()) + analyzer.tagOnlyOwnNlp(p.abstractText()))
                : p -> new PaperWork.Output(List.of(), 0, 0, analyzer.tagOnly(p.title()) + analyzer.tagOnly(p.abstractText()));
        }, threads);
        return measure(floor, source);
    }

    /** The build's extraction: analysis with lemmas, recognition and linking, mapping to quads. */
    static Throughput pipeline(PaperSource source, int threads, Iris iris) {
        BuildPipeline pipeline = new BuildPipeline(new PaperRecognizer(Vocabulary.bundled()),
            new PaperMapper(iris, iris.run("bench")), threads);
        return measure(pipeline, source);
    }

    private static Throughput measure(BuildPipeline pipeline, PaperSource source) {
        long jit0 = jitMillis();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        BuildReport r = pipeline.run(source, StreamRDFLib.sinkNull(), Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Throughput(r.papers(), r.tokens(), seconds, (processCpuNanos() - cpu0) / 1e9, jitMillis() - jit0);
    }

    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() : 0;
    }
}
