package org.papergraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.LabelKeys;
import org.papergraph.rdf.PG;
import org.papergraph.recognize.Vocabulary;

/** The ontology, the SHACL shapes and the vocabularies, loaded into their own named graphs of the store. */
public final class StaticGraphs {
    private StaticGraphs() {}

    /** Streams the bundled ontology, shapes and vocabularies into their graphs. */
    public static void emit(Iris iris, StreamRDF out) {
        emit("ontology/papergraph.ttl", iris.graph("ontology"), false, out);
        emit("ontology/shapes.ttl", iris.graph("shapes"), false, out);
        // Vocabulary concepts get label keys like extracted entities, so one lookup finds either.
        for (String f : Vocabulary.FILES) emit(Vocabulary.FOLDER + f, iris.graph("vocabulary"), true, out);
    }

    private static void emit(String resource, Node graph, boolean labelKeys, StreamRDF out) {
        try (InputStream in = StaticGraphs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return;
            RDFParser.source(in).lang(Lang.TURTLE).parse(new IntoGraph(out, graph, labelKeys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts triples into a named graph, like Jena's LoaderOps.toNamedGraph; start/finish belong to the outer stream. */
    private static final class IntoGraph extends StreamRDFWrapper {
        private final Node graph;
        private final boolean labelKeys;

        IntoGraph(StreamRDF out, Node graph, boolean labelKeys) {
            super(out);
            this.graph = graph;
            this.labelKeys = labelKeys;
        }

        @Override public void start() {}

        @Override public void finish() {}

        @Override public void base(String base) {}

        @Override public void prefix(String prefix, String iri) {}

        @Override public void triple(Triple t) {
            other.quad(Quad.create(graph, t));
            // A concept's prefLabel and rdfs:label are often equal: the store keeps one copy of the key.
            if (labelKeys && LabelKeys.isLabel(t.getPredicate()) && t.getObject().isLiteral())
                other.quad(Quad.create(graph, t.getSubject(), PG.labelKey.asNode(),
                    LabelKeys.keyLiteral(t.getObject().getLiteralLexicalForm())));
        }

        @Override public void quad(Quad q) { triple(q.asTriple()); }
    }
}
