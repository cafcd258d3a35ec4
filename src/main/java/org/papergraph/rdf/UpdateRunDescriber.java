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

/** Describes an add or remove run as a prov:Activity in the runs graph: inputs with checksums, counts, skipped records. */
public final class UpdateRunDescriber {
    private UpdateRunDescriber() {}

    /** An input the run read, with its SHA-256. */
    public record Input(String name, String sha256, long bytes) {}

    /** What a run did; {@code skipped} holds one "file:line: reason" message per skipped record. */
    public record Facts(Node run, String verb, Instant started, Instant ended, List<Input> inputs, List<String> removedIds,
                        long papersRead, long added, long updated, long removed, List<String> skipped, long quads, String version) {}

    /** Emits the run's description; returns how many quads. */
    public static int describe(Iris iris, Facts f, StreamRDF out) {
        Node g = iris.graph("runs");
        Node r = f.run();
        int[] n = {0};
        Emit e = (s, p, o) -> { out.quad(Quad.create(g, s, p, o)); n[0]++; };
        e.add(r, RDF.type.asNode(), PG.ExtractionRun.asNode());
        e.add(r, RDF.type.asNode(), Vocab.prov("Activity"));
        e.add(r, RDFS.label.asNode(), literal("papergraph " + f.verb() + " run " + f.started()));
        e.add(r, Vocab.prov("startedAtTime"), NodeFactory.createLiteralDT(f.started().toString(), XSDDatatype.XSDdateTime));
        e.add(r, Vocab.prov("endedAtTime"), NodeFactory.createLiteralDT(f.ended().toString(), XSDDatatype.XSDdateTime));
        e.add(r, PG.softwareVersion.asNode(), literal(f.version()));
        for (int i = 0; i < f.inputs().size(); i++) {
            Input in = f.inputs().get(i);
            Node used = NodeFactory.createURI(r.getURI() + "/input-" + (i + 1));
            e.add(r, Vocab.prov("used"), used);
            e.add(used, RDF.type.asNode(), Vocab.prov("Entity"));
            e.add(used, RDFS.label.asNode(), literal(in.name()));
            e.add(used, PG.sha256.asNode(), literal(in.sha256()));
            e.add(used, Vocab.dcterms("extent"), integer(in.bytes()));
        }
        for (String id : f.removedIds()) e.add(r, Vocab.prov("used"), literal(id));
        e.add(r, PG.papersRead.asNode(), integer(f.papersRead()));
        e.add(r, PG.papersAdded.asNode(), integer(f.added()));
        e.add(r, PG.papersUpdated.asNode(), integer(f.updated()));
        e.add(r, PG.papersRemoved.asNode(), integer(f.removed()));
        e.add(r, PG.triplesWritten.asNode(), integer(f.quads()));
        return n[0] + describeSkipped(iris, r, f.skipped(), out);
    }

    /** Emits one pg:SkippedRecord per message ("file:line: reason") under the run; returns how many quads. */
    public static int describeSkipped(Iris iris, Node run, List<String> skipped, StreamRDF out) {
        Node g = iris.graph("runs");
        for (int i = 0; i < skipped.size(); i++) {
            Node s = NodeFactory.createURI(run.getURI() + "/skipped-" + (i + 1));
            out.quad(Quad.create(g, run, PG.skipped.asNode(), s));
            out.quad(Quad.create(g, s, RDF.type.asNode(), PG.SkippedRecord.asNode()));
            out.quad(Quad.create(g, s, RDFS.comment.asNode(), literal(skipped.get(i))));
        }
        return 3 * skipped.size();
    }

    @FunctionalInterface
    private interface Emit { void add(Node s, Node p, Node o); }

    private static Node literal(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
