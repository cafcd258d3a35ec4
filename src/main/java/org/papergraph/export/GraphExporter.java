package org.papergraph.export;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.store.GraphStore;

/**
 * Dumps the store in a standard RDF format or as a network (GraphML, GEXF). Unfiltered N-Quads and
 * N-Triples stream from the store; the pretty formats, filtered dumps and networks are built in memory.
 */
public final class GraphExporter {
    private GraphExporter() {}

    /** The formats `papergraph export` writes. */
    public enum Format {
        NQUADS(RDFFormat.NQUADS, true, "application/n-quads"), TRIG(RDFFormat.TRIG_BLOCKS, true, "application/trig"),
        TURTLE(RDFFormat.TURTLE_BLOCKS, false, "text/turtle"), NTRIPLES(RDFFormat.NTRIPLES, false, "application/n-triples"),
        JSONLD(RDFFormat.JSONLD11, true, "application/ld+json"),
        GRAPHML(null, false, "application/graphml+xml"), GEXF(null, false, "application/gexf+xml");

        final RDFFormat rdfFormat;
        final boolean quads;
        final String mediaType;

        Format(RDFFormat f, boolean quads, String mediaType) {
            this.rdfFormat = f;
            this.quads = quads;
            this.mediaType = mediaType;
        }

        public String mediaType() { return mediaType; }

        /** Parses a user's format name ("nquads", "turtle", "ttl", "trig", "jsonld", "nt", "graphml", "gexf"). */
        public static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "nquads", "nq" -> NQUADS;
                case "trig" -> TRIG;
                case "turtle", "ttl" -> TURTLE;
                case "ntriples", "nt" -> NTRIPLES;
                case "jsonld", "json-ld" -> JSONLD;
                case "graphml" -> GRAPHML;
                case "gexf" -> GEXF;
                default -> throw new IllegalArgumentException("unknown format '" + name
                    + "': use nquads, trig, turtle, ntriples, jsonld, graphml or gexf");
            };
        }
    }

    /** Writes every graph (quad formats), the union graph (triple formats) or the network, without filter. */
    public static void export(GraphStore store, Format format, OutputStream out) {
        export(store, format, DumpFilter.NONE, out);
    }

    /** Writes what the filter selects in the format. */
    public static void export(GraphStore store, Format format, DumpFilter filter, OutputStream out) {
        store.read(() -> {
            DatasetGraph data = filter.isNone() ? store.datasetGraph() : filter.select(store);
            if (format == Format.GRAPHML || format == Format.GEXF) {
                Network net = Network.of(filter.isNone() ? data : flatten(data));
                if (format == Format.GRAPHML) GraphMlWriter.write(net, out);
                else GexfWriter.write(net, out);
            } else {
                writeRdf(data, format, out);
            }
            return null;
        });
    }

    private static void writeRdf(DatasetGraph data, Format format, OutputStream out) {
        if (format == Format.NQUADS || format == Format.NTRIPLES) {
            StreamRDF w = LineFormatWriter.open(out);
            w.start();
            if (format == Format.NQUADS) data.find().forEachRemaining(w::quad);
            else flatten(data).getDefaultGraph().find().forEachRemaining(w::triple);
            w.finish();
        } else if (format.quads && StreamRDFWriter.registered(format.rdfFormat)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
            w.start();
            data.find().forEachRemaining(w::quad);
            w.finish();
        } else if (format.quads) {
            RDFDataMgr.write(out, data, format.rdfFormat);
        } else if (StreamRDFWriter.registered(format.rdfFormat)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
            w.start();
            flatten(data).getDefaultGraph().find().forEachRemaining(w::triple);
            w.finish();
        } else {
            RDFDataMgr.write(out, flatten(data).getDefaultGraph(), format.rdfFormat);
        }
    }

    /** A dataset whose default graph holds every triple of the input (its default graph and all named graphs). */
    private static DatasetGraph flatten(DatasetGraph data) {
        if (data.getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph))
            return DatasetGraphFactory.wrap(data.getUnionGraph());
        DatasetGraph flat = DatasetGraphFactory.create();
        data.find().forEachRemaining(q -> flat.getDefaultGraph().add(q.asTriple()));
        flat.prefixes().putAll(data.prefixes());
        return flat;
    }
}
