package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** N-Quads with apostrophes escaped still say exactly the same to an RDF parser. */
class LineFormatWriterTest {
    @Test
    void apostrophesAreEscapedAndTheDataRoundTrips() {
        String abstractText = "L\\'H\\^opital's rule, \"quoted\", a back\\slash and a tab\t.";
        Node g = NodeFactory.createURI("https://w3id.org/papergraph/graph/paper/t-1");
        Node s = NodeFactory.createURI("https://w3id.org/papergraph/paper/t-1");
        Node p = NodeFactory.createURI("http://purl.org/dc/terms/abstract");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = LineFormatWriter.open(out);
        w.start();
        w.quad(Quad.create(g, s, p, NodeFactory.createLiteralString(abstractText)));
        w.finish();
        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("L\\\\\\'H"), line);
        assertTrue(line.contains("rule") && line.contains("\\'s rule"), line);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(back);
        assertEquals(abstractText, back.find(g, s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
