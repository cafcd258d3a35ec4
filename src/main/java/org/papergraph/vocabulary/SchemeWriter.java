package org.papergraph.vocabulary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;

/**
 * Writes one concept scheme as Turtle through Jena's streaming writer. Triples are sent in a fixed
 * order (scheme first, then concepts by slug, values sorted) so the files diff cleanly between builds.
 */
public final class SchemeWriter {
    /** Namespace of entity IRIs; vocabulary concepts share it with extracted entities. */
    public static final String ENTITY_NS = "https://w3id.org/papergraph/entity/";
    static final String PWC = "https://paperswithcode.com/";
    static final String LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/";
    static final List<String> PWC_REPOSITORIES = List.of(
            "https://github.com/kuefmz/pow_categories", "https://github.com/World-Snapshot/papers-with-code");
    static final String RIGHTS = "Entries marked with dcterms:source <" + PWC + "> are derived from the Papers with Code"
            + " catalogue (names, abbreviations, categories, parent tasks), licensed CC BY-SA 4.0; the other entries are"
            + " curated by the papergraph project. This scheme is distributed under CC BY-SA 4.0.";

    private SchemeWriter() {}

    /** Writes {@code <scheme>.ttl} for the concepts of one type into the folder. */
    public static void write(Path dir, VocabType type, Collection<ConceptEntry> concepts) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(type.scheme() + ".ttl"))) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            stream.start();
            stream.prefix("rdf", RDF.getURI());
            stream.prefix("rdfs", RDFS.getURI());
            stream.prefix("skos", SKOS.getURI());
            stream.prefix("dcterms", DCTerms.getURI());
            stream.prefix("pg", PG.NS);
            stream.prefix("pgv", VocabType.SCHEME_NS);
            stream.prefix("ent", ENTITY_NS);
            writeScheme(stream, type);
            Node scheme = iri(type.schemeIri());
            for (ConceptEntry c : concepts) writeConcept(stream, c, scheme);
            stream.finish();
        }
    }

    /** The scheme's own description: title, sources, licence and credit. */
    private static void writeScheme(StreamRDF s, VocabType type) {
        Node scheme = iri(type.schemeIri());
        s.triple(Triple.create(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        s.triple(Triple.create(scheme, DCTerms.title.asNode(), NodeFactory.createLiteralString(type.title())));
        s.triple(Triple.create(scheme, DCTerms.source.asNode(), iri(PWC)));
        for (String repo : PWC_REPOSITORIES) s.triple(Triple.create(scheme, DCTerms.source.asNode(), iri(repo)));
        s.triple(Triple.create(scheme, DCTerms.license.asNode(), iri(LICENSE)));
        s.triple(Triple.create(scheme, DCTerms.rights.asNode(), NodeFactory.createLiteralString(RIGHTS)));
        s.triple(Triple.create(scheme, DCTerms.creator.asNode(), NodeFactory.createLiteralString("papergraph project")));
        s.triple(Triple.create(scheme, FOAF.homepage.asNode(), iri("https://w3id.org/papergraph")));
    }

    /** One concept: types, scheme, labels, broader links and, for derived entries, the source. */
    private static void writeConcept(StreamRDF s, ConceptEntry c, Node scheme) {
        Node subject = iri(ENTITY_NS + c.slug());
        s.triple(Triple.create(subject, RDF.type.asNode(), SKOS.Concept.asNode()));
        for (VocabType t : c.types()) s.triple(Triple.create(subject, RDF.type.asNode(), t.pgClass().asNode()));
        s.triple(Triple.create(subject, SKOS.inScheme.asNode(), scheme));
        Node pref = NodeFactory.createLiteralString(c.prefLabel());
        s.triple(Triple.create(subject, SKOS.prefLabel.asNode(), pref));
        s.triple(Triple.create(subject, RDFS.label.asNode(), pref));
        for (String alt : c.altLabels()) s.triple(Triple.create(subject, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
        for (String b : c.broader()) s.triple(Triple.create(subject, SKOS.broader.asNode(), iri(ENTITY_NS + b)));
        if (c.sources().contains(Source.PAPERS_WITH_CODE)) s.triple(Triple.create(subject, DCTerms.source.asNode(), iri(PWC)));
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }
}
