package org.papergraph.server;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.server.ResourceDescriber.Description;

/** Writes a description in an RDF syntax: triple syntaxes get the union of its graphs, quad syntaxes the graphs. */
final class RdfResponse {
    private RdfResponse() {}

    /** Writes the description with the standard prefixes (which are also the JSON-LD context). */
    static void write(Description d, RdfFormat format, String base, OutputStream out) {
        if (format.quads) {
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            d.data().find().forEachRemaining(dsg::add);
            dsg.prefixes().putAll(Prefixes.map(base));
            RDFWriter.source(dsg).format(format.rdfFormat).output(out);
        } else if (format == RdfFormat.JSONLD) {
            // Jena's JSON-LD 1.1 writer compacts against the dataset's prefixes; a dataset keeps them.
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            triples(d, base).find().forEachRemaining(dsg.getDefaultGraph()::add);
            dsg.prefixes().putAll(Prefixes.map(base));
            RDFWriter.source(dsg).format(format.rdfFormat).output(out);
        } else {
            RDFWriter.source(triples(d, base)).format(format.rdfFormat).output(out);
        }
    }

    /** The statements of a description as one graph, with the standard prefixes. */
    static Graph triples(Description d, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        d.data().find().forEachRemaining(q -> g.add(q.asTriple()));
        Prefixes.of(base).forEach(g.getPrefixMapping()::setNsPrefix);
        return g;
    }
}
