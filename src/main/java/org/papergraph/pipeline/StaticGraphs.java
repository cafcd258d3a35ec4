package org.papergraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;
import org.papergraph.recognize.Vocabulary;

/** The ontology, the SHACL shapes and the vocabularies, loaded into their own named graphs of the store. */
public final class StaticGraphs {
    private StaticGraphs() {}

    /** Streams the bundled ontology, shapes and vocabularies into their graphs. */
    public static void emit(Iris iris, StreamRDF out) {
        emit("ontology/papergraph.ttl", iris.graph("ontology"), out);
        emit("ontology/shapes.ttl", iris.graph("shapes"), out);
        for (String f : Vocabulary.FILES) emit(Vocabulary.FOLDER + f, iris.graph("vocabulary"), out);
    }

    private static void emit(String resource, Node graph, StreamRDF out) {
        try (InputStream in = StaticGraphs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return;
            RDFParser.source(in).lang(Lang.TURTLE).parse(new IntoGraph(out, graph));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts triples into a named graph, like Jena's LoaderOps.toNamedGraph; start/finish belong to the outer stream. */
    private static final class IntoGraph extends StreamRDFWrapper {
        private final Node graph;

        IntoGraph(StreamRDF out, Node graph) {
            super(out);
            this.graph = graph;
        }

        @Override public void start() {}

        @Override public void finish() {}

        @Override public void base(String base) {}

        @Override public void prefix(String prefix, String iri) {}

        @Override public void triple(org.apache.jena.graph.Triple t) { other.quad(Quad.create(graph, t)); }

        @Override public void quad(Quad q) { other.quad(Quad.create(graph, q.asTriple())); }
    }
}
