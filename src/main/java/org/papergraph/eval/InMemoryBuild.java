package org.papergraph.eval;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.listing.PaperInputs;
import org.papergraph.pipeline.BuildPipeline;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.pipeline.Progress;
import org.papergraph.pipeline.StaticGraphs;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperMapper;
import org.papergraph.recognize.PaperRecognizer;
import org.papergraph.recognize.Vocabulary;

/** The real pipeline (OpenNLP, recognition, mapping) into an in-memory dataset: the fast loop of extraction work. */
public final class InMemoryBuild {
    private InMemoryBuild() {}

    /** The graph of the bundled corpus, with the ontology and vocabularies, in memory. */
    public static DatasetGraph bundled(int threads) { return build(PaperInputs::readBundled, threads); }

    /** The graph of a paper source in memory. */
    public static DatasetGraph build(PaperSource source, int threads) {
        Iris iris = Iris.standard();
        Node run = iris.run("in-memory");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        dsg.executeWrite(() -> {
            StaticGraphs.emit(iris, out);
            new BuildPipeline(new PaperRecognizer(Vocabulary.bundled()), new PaperMapper(iris, run), threads).run(source, out, Progress.NONE);
        });
        return dsg;
    }
}
