package org.papergraph.vocabulary;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.recognize.EntityKeys;

/** Loads the committed vocabulary files once for all tests. */
final class GeneratedVocabularies {
    static final Path DIR = Path.of("ontology/vocabularies");
    private static Model model;

    private GeneratedVocabularies() {}

    /** All five schemes in one model (parsed with Jena, so a syntax error fails here). */
    static synchronized Model model() {
        if (model == null) {
            Model m = ModelFactory.createDefaultModel();
            for (VocabType t : VocabType.values()) RDFDataMgr.read(m, DIR.resolve(t.scheme() + ".ttl").toString());
            model = m;
        }
        return model;
    }

    /** The matching keys of every preferred and alternative label. */
    static Set<String> labelKeys() {
        Set<String> keys = new HashSet<>();
        model().listStatements(null, SKOS.prefLabel, (RDFNode) null)
                .andThen(model().listStatements(null, SKOS.altLabel, (RDFNode) null))
                .forEachRemaining(s -> keys.add(EntityKeys.key(s.getString())));
        return keys;
    }

    /** The concept IRI for a preferred label. */
    static Resource concept(String prefLabel) {
        return model().createResource(SchemeWriter.ENTITY_NS + EntityKeys.slug(prefLabel));
    }
}
