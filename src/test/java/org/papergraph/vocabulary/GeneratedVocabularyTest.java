package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.recognize.EntityKeys;

/** Structural checks of the committed Turtle files: SKOS integrity and the project's IRI rule. */
class GeneratedVocabularyTest {
    private final Model m = GeneratedVocabularies.model();

    @Test
    void everyConceptHasOnePrefLabelAPgTypeAndASchemeAndItsSlugIri() {
        List<String> problems = new ArrayList<>();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            List<Statement> prefs = c.listProperties(SKOS.prefLabel).toList();
            if (prefs.size() != 1) { problems.add(c + " has " + prefs.size() + " prefLabels"); continue; }
            Literal pref = prefs.get(0).getLiteral();
            if (!pref.getLanguage().isEmpty()) problems.add(c + " prefLabel has a language tag");
            if (!c.getURI().equals(SchemeWriter.ENTITY_NS + EntityKeys.slug(pref.getString()))) problems.add(c + " is not the slug of " + pref);
            if (!c.hasProperty(RDFS.label, pref)) problems.add(c + " lacks rdfs:label = prefLabel");
            boolean typed = false;
            for (VocabType t : VocabType.values()) typed |= c.hasProperty(RDF.type, t.pgClass());
            if (!typed) problems.add(c + " has no pg type");
            if (c.listProperties(SKOS.inScheme).toList().size() != 1) problems.add(c + " is not in exactly one scheme");
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, e.g. " + problems.subList(0, Math.min(10, problems.size())));
    }

    @Test
    void everyBroaderTargetIsAConcept() {
        List<String> dangling = new ArrayList<>();
        m.listStatements(null, SKOS.broader, (RDFNode) null).forEachRemaining(s -> {
            if (!s.getResource().hasProperty(RDF.type, SKOS.Concept)) dangling.add(s.getSubject() + " -> " + s.getObject());
            if (s.getSubject().equals(s.getObject())) dangling.add(s.getSubject() + " is broader than itself");
        });
        assertTrue(dangling.isEmpty(), () -> dangling.toString());
    }

    @Test
    void schemesCarryLicenceAndCredit() {
        for (VocabType t : VocabType.values()) {
            Resource scheme = m.createResource(t.schemeIri());
            assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme), t.scheme());
            assertTrue(scheme.hasProperty(DCTerms.license, m.createResource(SchemeWriter.LICENSE)), t.scheme());
            assertTrue(scheme.getProperty(DCTerms.rights).getString().contains("Papers with Code"), t.scheme());
            assertTrue(scheme.hasProperty(DCTerms.title), t.scheme());
            assertTrue(scheme.hasProperty(DCTerms.source), t.scheme());
        }
    }

    @Test
    void eachSchemeHasItsShareOfConcepts() {
        for (VocabType t : VocabType.values()) {
            int n = m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(t.schemeIri())).toList().size();
            assertTrue(n >= 150, t.scheme() + " has only " + n + " concepts");
            assertEquals(n, m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(t.schemeIri()))
                    .filterKeep(c -> c.hasProperty(RDF.type, t.pgClass())).toList().size(), t.scheme() + " members lack the scheme's type");
        }
    }
}
