package org.papergraph.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.listing.PaperInputs;
import org.papergraph.nlp.NlpModels;
import org.papergraph.paper.Paper;
import org.papergraph.pipeline.StaticGraphs;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.recognize.PaperRecognizer;
import org.papergraph.recognize.Vocabulary;

/**
 * Developer loop: recognises the whole bundled corpus in memory (OpenNLP analyses cached on disk,
 * since only the rules change between runs), scores it against the dev gold, prints the table and
 * the most common errors, and writes every error with its paper to a TSV file.
 * Arguments: [gold.jsonl] [errors-per-group] [errors.tsv] [analysis-cache].
 */
public final class DevLoop {
    private DevLoop() {}

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args.length > 0 ? args[0] : "src/test/resources/dev-gold.jsonl");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path tsv = Path.of(args.length > 2 ? args[2] : "target/dev-errors.tsv");
        Path cacheFile = Path.of(args.length > 3 ? args[3] : "target/analysis-cache.tsv");
        long t0 = System.currentTimeMillis();
        DatasetGraph dsg = build(cacheFile);
        long t1 = System.currentTimeMillis();
        String dump = System.getProperty("dump");   // N-Quads for cross-checking with score.py
        if (dump != null) dsg.executeRead(() -> {
            try (var o = Files.newOutputStream(Path.of(dump))) {
                org.apache.jena.riot.RDFDataMgr.write(o, dsg, org.apache.jena.riot.Lang.NQUADS);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        GoldScorer scorer = new GoldScorer(GoldPaper.read(gold));
        Scores s = dsg.calculateRead(() -> scorer.score(dsg));
        PrintWriter out = new PrintWriter(System.out, true);
        scorer.errors().print(out, n);
        s.print(out);
        out.printf("build %.1f s, score %.1f s%n", (t1 - t0) / 1000.0, (System.currentTimeMillis() - t1) / 1000.0);
        StringBuilder sb = new StringBuilder();
        for (ErrorLog.Error e : scorer.errors().all())
            sb.append(e.kind()).append('\t').append(e.type()).append('\t').append(e.name()).append('\t').append(e.paper()).append('\n');
        Files.createDirectories(tsv.toAbsolutePath().getParent());
        Files.writeString(tsv, sb);
    }

    /** The bundled corpus as the build makes it (same dedup, static graphs, mapper), in memory. */
    static DatasetGraph build(Path cacheFile) {
        List<Paper> papers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PaperInputs.readBundled(p -> { if (seen.add(Iris.paperKey(p))) papers.add(p); });
        AnalysisCache cache = new AnalysisCache(NlpModels.get().newAnalyzer());
        cache.load(cacheFile);
        Iris iris = Iris.standard();
        Node run = iris.run("dev-loop");
        PaperRecognizer recognizer = new PaperRecognizer(Vocabulary.bundled());
        PaperMapper mapper = new PaperMapper(iris, run);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        dsg.executeWrite(() -> {
            StaticGraphs.emit(iris, out);
            for (Paper p : papers) mapper.map(recognizer.recognize(cache.analyze(p)), out);
        });
        cache.save(cacheFile);
        return dsg;
    }
}
