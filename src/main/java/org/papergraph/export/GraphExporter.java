package org.papergraph.export;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.papergraph.store.GraphStore;

/** Dumps the store in a standard RDF format; N-Quads streams, the pretty formats are built in memory by Jena. */
public final class GraphExporter {
    private GraphExporter() {}

    /** The formats `papergraph export` writes. */
    public enum Format {
        NQUADS(RDFFormat.NQUADS, true), TRIG(RDFFormat.TRIG_BLOCKS, true), TURTLE(RDFFormat.TURTLE_BLOCKS, false),
        NTRIPLES(RDFFormat.NTRIPLES, false), JSONLD(RDFFormat.JSONLD11, true);

        final RDFFormat rdfFormat;
        final boolean quads;

        Format(RDFFormat f, boolean quads) {
            this.rdfFormat = f;
            this.quads = quads;
        }

        /** Parses a user's format name ("nquads", "turtle", "ttl", "trig", "jsonld", "nt"). */
        public static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "nquads", "nq" -> NQUADS;
                case "trig" -> TRIG;
                case "turtle", "ttl" -> TURTLE;
                case "ntriples", "nt" -> NTRIPLES;
                case "jsonld", "json-ld" -> JSONLD;
                default -> throw new IllegalArgumentException("unknown format '" + name + "': use nquads, trig, turtle, ntriples or jsonld");
            };
        }
    }

    /** Writes every graph (quad formats) or the union graph (triple formats) to the stream. */
    public static void export(GraphStore store, Format format, OutputStream out) {
        store.read(() -> {
            if (format.quads && StreamRDFWriter.registered(format.rdfFormat)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
                w.start();
                store.datasetGraph().find().forEachRemaining(w::quad);
                w.finish();
            } else if (format.quads) {
                RDFDataMgr.write(out, store.datasetGraph(), format.rdfFormat);
            } else if (StreamRDFWriter.registered(format.rdfFormat)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
                w.start();
                store.datasetGraph().getUnionGraph().find().forEachRemaining(w::triple);
                w.finish();
            } else {
                RDFDataMgr.write(out, store.datasetGraph().getUnionGraph(), format.rdfFormat);
            }
            return null;
        });
    }

}
