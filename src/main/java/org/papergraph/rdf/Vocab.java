package org.papergraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The external vocabularies the mapping uses (W3C Web Annotation, FaBiO, schema.org), as nodes. */
public final class Vocab {
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    private Vocab() {}

    public static Node oa(String local) { return NodeFactory.createURI(OA + local); }

    public static Node fabio(String local) { return NodeFactory.createURI(FABIO + local); }

    public static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }

    public static Node prov(String local) { return NodeFactory.createURI(PROV + local); }

    public static Node dcterms(String local) { return NodeFactory.createURI(DCTERMS + local); }

    public static Node pg(String local) { return NodeFactory.createURI(PG.NS + local); }
}
