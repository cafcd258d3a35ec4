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
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PRISM = "http://prismstandard.org/namespaces/basic/2.0/";

    private Vocab() {}

    public static Node oa(String local) { return NodeFactory.createURI(OA + local); }

    public static Node fabio(String local) { return NodeFactory.createURI(FABIO + local); }

    public static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }

    public static Node prov(String local) { return NodeFactory.createURI(PROV + local); }

    public static Node dcterms(String local) { return NodeFactory.createURI(DCTERMS + local); }

    public static Node bibo(String local) { return NodeFactory.createURI(BIBO + local); }

    public static Node foaf(String local) { return NodeFactory.createURI(FOAF + local); }

    public static Node prism(String local) { return NodeFactory.createURI(PRISM + local); }

    public static Node pg(String local) { return NodeFactory.createURI(PG.NS + local); }
}
