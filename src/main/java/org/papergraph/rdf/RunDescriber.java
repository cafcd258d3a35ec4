package org.papergraph.rdf;

import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Describes an extraction run as a prov:Activity in the runs graph. */
public final class RunDescriber {
    private RunDescriber() {}

    /** What a run did. */
    public record RunFacts(Node run, Instant started, Instant ended, List<String> inputs,
                           long papers, long mentions, long quads, String version) {}

    /** Emits the run's description. */
    public static void describe(Iris iris, RunFacts f, StreamRDF out) {
        Node g = iris.graph("runs");
        emit(out, g, f.run(), RDF.type.asNode(), PG.ExtractionRun.asNode());
        emit(out, g, f.run(), RDF.type.asNode(), Vocab.prov("Activity"));
        emit(out, g, f.run(), RDFS.label.asNode(), NodeFactory.createLiteralString("papergraph extraction run " + f.started()));
        emit(out, g, f.run(), Vocab.prov("startedAtTime"), NodeFactory.createLiteralDT(f.started().toString(), XSDDatatype.XSDdateTime));
        emit(out, g, f.run(), Vocab.prov("endedAtTime"), NodeFactory.createLiteralDT(f.ended().toString(), XSDDatatype.XSDdateTime));
        emit(out, g, f.run(), PG.softwareVersion.asNode(), NodeFactory.createLiteralString(f.version()));
        for (String input : f.inputs()) emit(out, g, f.run(), Vocab.prov("used"), NodeFactory.createLiteralString(input));
        emit(out, g, f.run(), PG.papersRead.asNode(), integer(f.papers()));
        emit(out, g, f.run(), PG.entitiesFound.asNode(), integer(f.mentions()));
        emit(out, g, f.run(), PG.triplesWritten.asNode(), integer(f.quads()));
    }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private static void emit(StreamRDF out, Node g, Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }
}
