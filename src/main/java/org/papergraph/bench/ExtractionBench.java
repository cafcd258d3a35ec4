package org.papergraph.bench;

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
 * queues and worker threads, over the same papers; the quads are counted, not stored.
 */
final class ExtractionBench {
    /** Papers and tokens processed, and the seconds it took. */
    record Throughput(long papers, long tokens, double seconds) {
        double papersPerSecond() { return papers / seconds; }

        double tokensPerSecond() { return tokens / seconds; }
    }

    private ExtractionBench() {}

    /** The NLP floor: sentence detection, tokenization and POS tagging of title and abstract. */
    static Throughput floor(PaperSource source, int threads) {
        BuildPipeline floor = new BuildPipeline(() -> {
            TextAnalyzer analyzer = NlpModels.get().newAnalyzer();
            return p -> new PaperWork.Output(List.of(), 0, 0, analyzer.tagOnly(p.title()) + analyzer.tagOnly(p.abstractText()));
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
        long t0 = System.nanoTime();
        BuildReport r = pipeline.run(source, StreamRDFLib.sinkNull(), Progress.NONE);
        return new Throughput(r.papers(), r.tokens(), (System.nanoTime() - t0) / 1e9);
    }
}
