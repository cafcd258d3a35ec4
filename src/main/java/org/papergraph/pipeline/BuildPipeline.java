package org.papergraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.recognize.LinkedPaper;
import org.papergraph.recognize.PaperRecognizer;

/**
 * The build: a reader thread streams papers into a bounded queue, worker threads (one OpenNLP
 * analyzer each) annotate, recognise and map them, and the calling thread writes their quads into
 * the output stream (the bulk loader is single-threaded). Memory is bounded by the queues, not by
 * the corpus; the only per-paper state kept is the compact set of paper keys, to drop duplicates.
 */
public final class BuildPipeline {
    private static final int QUEUE = 512;
    private final Supplier<PaperWork> workPerThread;
    private final int threads;

    public BuildPipeline(PaperRecognizer recognizer, PaperMapper mapper, int threads) {
        this(() -> extraction(recognizer, mapper), threads);
    }

    /** A pipeline whose workers do {@code workPerThread.get()}'s work, one instance each. */
    public BuildPipeline(Supplier<PaperWork> workPerThread, int threads) {
        this.workPerThread = workPerThread;
        this.threads = Math.max(1, threads);
    }

    /** The extraction of a build: NLP analysis, recognition and RDF mapping. */
    private static PaperWork extraction(PaperRecognizer recognizer, PaperMapper mapper) {
        TextAnalyzer analyzer = NlpModels.get().newAnalyzer();
        return p -> {
            AnnotatedPaper annotated = analyzer.analyze(p);
            LinkedPaper linked = recognizer.recognize(annotated);
            List<Quad> quads = new ArrayList<>(256);
            mapper.map(linked, new StreamRDFBase() {
                @Override public void quad(Quad q) { quads.add(q); }
            });
            return new PaperWork.Output(quads, linked.mentions().size(), linked.results().size(), annotated.tokenCount());
        };
    }

    private static final Paper END_OF_PAPERS = new Paper("", "", new org.papergraph.paper.SourceLocation("", 0));
    private static final PaperWork.Output END_OF_WORK = new PaperWork.Output(List.of(), 0, 0, 0);

    /** Runs the source through the stages into {@code out}; rethrows the first failure of any stage. */
    public BuildReport run(PaperSource source, StreamRDF out, Progress progress) {
        long t0 = System.currentTimeMillis();
        BlockingQueue<Paper> papers = new ArrayBlockingQueue<>(QUEUE);
        BlockingQueue<PaperWork.Output> mapped = new ArrayBlockingQueue<>(QUEUE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] duplicates = {0};
        List<Thread> workers = new ArrayList<>();
        Thread reader = start("papergraph-reader", () -> {
            PaperKeySet seen = new PaperKeySet();
            try {
                source.readInto(p -> {
                    if (seen.add(Iris.paperKey(p))) put(papers, p);
                    else duplicates[0]++;
                });
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                for (int i = 0; i < threads; i++) put(papers, END_OF_PAPERS);
            }
        });
        for (int i = 0; i < threads; i++)
            workers.add(start("papergraph-worker-" + i, () -> work(papers, mapped, failure)));

        long nPapers = 0, nMentions = 0, nResults = 0, nTokens = 0, nQuads = 0;
        int finished = 0;
        try {
            while (finished < threads) {
                PaperWork.Output m = mapped.take();
                if (m == END_OF_WORK) { finished++; continue; }
                if (failure.get() != null) continue;   // drain so workers can finish
                for (Quad q : m.quads()) out.quad(q);
                nPapers++;
                nMentions += m.mentions();
                nResults += m.results();
                nTokens += m.tokens();
                nQuads += m.quads().size();
                if (nPapers % 250 == 0) progress.update(nPapers, nMentions, nQuads, System.currentTimeMillis() - t0);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error err) throw err;
        if (f != null) throw new IllegalStateException(f);
        long millis = System.currentTimeMillis() - t0;
        progress.update(nPapers, nMentions, nQuads, millis);
        return new BuildReport(nPapers, duplicates[0], nMentions, nResults, nTokens, nQuads, millis);
    }

    private void work(BlockingQueue<Paper> papers, BlockingQueue<PaperWork.Output> mapped, AtomicReference<Throwable> failure) {
        try {
            PaperWork work = workPerThread.get();
            while (true) {
                Paper p = papers.take();
                if (p == END_OF_PAPERS) break;
                if (failure.get() != null) continue;
                try {
                    mapped.put(work.process(p));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, new IllegalStateException(p.source() + ": cannot process \"" + p.title() + "\": " + e, e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            put(mapped, END_OF_WORK);
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static <T> void put(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
