package org.papergraph.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations a resource page offers: the RDF syntaxes and HTML, with their `?format=` names. */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, false),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY, false),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES, false),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY, false),
    HTML("html", "text/html", null, false),
    TRIG("trig", "application/trig", RDFFormat.TRIG_PRETTY, true),
    NQUADS("nq", "application/n-quads", RDFFormat.NQUADS, true);

    final String extension;
    final String mediaType;
    final RDFFormat rdfFormat;
    /** Quad syntaxes are offered for graphs only: a resource's description is a set of triples. */
    final boolean quads;

    RdfFormat(String extension, String mediaType, RDFFormat rdfFormat, boolean quads) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
        this.quads = quads;
    }

    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    public boolean isRdf() { return rdfFormat != null; }

    public Lang lang() { return rdfFormat == null ? null : rdfFormat.getLang(); }

    /** The format named by a `?format=` value (extension or media type). */
    public static Optional<RdfFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("turtle")) return Optional.of(TURTLE);
        if (n.equals("json-ld") || n.equals("json")) return Optional.of(JSONLD);
        if (n.equals("xml") || n.equals("rdfxml")) return Optional.of(RDFXML);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n) || f.mediaType.equals(n)).findFirst();
    }
}
