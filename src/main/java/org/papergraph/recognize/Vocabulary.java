package org.papergraph.recognize;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;

/**
 * The SKOS vocabularies of well-known entities, indexed by label key for matching in text.
 * Loaded once and shared read-only between threads.
 */
public final class Vocabulary {
    /** Classpath (and project) folder of the vocabulary files. */
    public static final String FOLDER = "ontology/vocabularies/";
    public static final List<String> FILES = List.of("methods.ttl", "datasets.ttl", "tasks.ttl", "metrics.ttl", "concepts.ttl");
    private static volatile Vocabulary bundled;

    private final Map<String, List<LabelEntry>> byKey = new HashMap<>();
    /** Names with digits or capitals by their key without spaces: "Cifar10" is "CIFAR-10", "Activity-Net" is "ActivityNet". */
    private final Map<String, VocabularyConcept> byCompactKey = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Map<String, VocabularyConcept> byIri = new HashMap<>();
    private int maxTokens = 1;

    /** One label of a concept; short acronyms and mixed-case names must match with their case. */
    record LabelEntry(VocabularyConcept concept, String label, boolean caseSensitive) {}

    /** The vocabularies bundled with papergraph. */
    public static Vocabulary bundled() {
        if (bundled == null) {
            synchronized (Vocabulary.class) {
                if (bundled == null) bundled = load(readBundledModel());
            }
        }
        return bundled;
    }

    /** All bundled vocabulary files as one model (missing files are skipped). */
    public static Model readBundledModel() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : FILES) {
            try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in != null) RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return model;
    }

    /** Indexes the skos:Concepts of a model that carry a pg entity class. */
    public static Vocabulary load(Model model) {
        Vocabulary v = new Vocabulary();
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> v.add(r));
        return v;
    }

    private void add(Resource r) {
        Set<EntityType> types = new LinkedHashSet<>();
        r.listProperties(RDF.type).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(PG.NS)) {
                EntityType t = EntityType.ofClassName(o.asResource().getLocalName());
                if (t != null) types.add(t);
            }
        });
        Statement pref = r.getProperty(SKOS.prefLabel);
        if (types.isEmpty() || pref == null || !r.isURIResource()) return;
        String prefLabel = pref.getString();
        Set<String> alts = new LinkedHashSet<>();
        r.listProperties(SKOS.altLabel).forEachRemaining(s -> alts.add(s.getString()));
        r.listProperties(RDFS.label).forEachRemaining(s -> { if (!s.getString().equals(prefLabel)) alts.add(s.getString()); });
        Set<String> broader = new LinkedHashSet<>();
        r.listProperties(SKOS.broader).forEachRemaining(s -> { if (s.getObject().isURIResource()) broader.add(s.getResource().getURI()); });
        String iri = r.getURI();
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        VocabularyConcept c = new VocabularyConcept(iri, slug, prefLabel, types, alts, broader);
        byIri.put(iri, c);
        index(c, prefLabel);
        for (String alt : alts) index(c, alt);
    }

    private void index(VocabularyConcept c, String label) {
        String key = EntityKeys.key(label);
        if (key.isEmpty()) return;
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new LabelEntry(c, label, isCaseSensitive(label)));
        firstWords.add(firstWord(key));
        if (hasDigitName(label) || isProperName(label)) {
            String compact = key.replace(" ", "");
            byCompactKey.putIfAbsent(compact, c);
            firstWords.add(compact);
        }
        maxTokens = Math.max(maxTokens, key.split(" ").length + 2);
    }

    /** Acronyms and short mixed-case names ("SAM", "mAP") are only themselves when their case matches. */
    public static boolean isCaseSensitive(String label) {
        // Mixed case is a coined name at any length ("ComplEx" is not "complex", "TraDeS" not "trades").
        if (!label.contains(" ") && hasUpperInside(label)) return true;
        return Character.isUpperCase(label.charAt(0)) && label.length() <= 5;
    }

    /** Whether a capital follows the first character: acronyms and mixed-case names. */
    static boolean hasUpperInside(String label) {
        for (int i = 1; i < label.length(); i++) if (Character.isUpperCase(label.charAt(i))) return true;
        return false;
    }

    static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }

    /** Whether some label starts with this word key; a cheap filter before trying longer spans. */
    boolean startsSomeLabel(String wordKey) { return firstWords.contains(wordKey); }

    /** The matching key of every label. */
    Set<String> labelKeys() { return java.util.Collections.unmodifiableSet(byKey.keySet()); }

    /** Longest label length in tokens (a little generous, since tokenization splits hyphens and brackets). */
    int maxTokens() { return maxTokens; }

    /** The concept a surface form names, or null; case is checked for acronyms. */
    public VocabularyConcept lookup(String surface) {
        String key = EntityKeys.key(surface);
        for (LabelEntry e : byKey.getOrDefault(key, List.of())) {
            if (!e.caseSensitive() || sameCase(surface, e.label())) return e.concept();
        }
        return hasDigitName(surface) || isProperName(surface) && surface.indexOf('-') > 0 ? byCompactKey.get(key.replace(" ", "")) : null;
    }

    /**
     * The concept of this type whose label has the surface's key, whatever the case: for a name the text
     * itself marks, as in "the Gigaspeech dataset" for GigaSpeech, where the exact-case rule would miss it.
     */
    public VocabularyConcept lookupAnyCase(String surface, EntityType type) {
        for (LabelEntry e : byKey.getOrDefault(EntityKeys.key(surface), List.of()))
            if (e.concept().types().contains(type)) return e.concept();
        return null;
    }

    /** A capitalised name without spaces ("ActivityNet", "Celeb-A"): hyphens inside never change which one it is. */
    private static boolean isProperName(String label) {
        return Character.isUpperCase(label.charAt(0)) && label.indexOf(' ') < 0 && label.length() >= 4;
    }

    /** A name of at least three letters with a digit, where spelling variants never change meaning. */
    private static boolean hasDigitName(String label) {
        // Loops, not two char streams: lookup() asks this for every span it is given, and most have no digit.
        boolean digit = false;
        for (int i = 0; i < label.length() && !digit; i++) digit = Character.isDigit(label.charAt(i));
        if (!digit) return false;
        int letters = 0;
        for (int i = 0; i < label.length(); i++) if (Character.isLetter(label.charAt(i))) letters++;
        return letters >= 3;
    }

    private static boolean sameCase(String surface, String label) {
        return surface.equals(label) || surface.equals(label + "s") || surface.equals(label + "es");
    }

    /** The concept with this IRI, or null. */
    public VocabularyConcept byIri(String iri) { return byIri.get(iri); }

    /** Every concept. */
    public Collection<VocabularyConcept> concepts() { return byIri.values(); }

    /** Number of concepts. */
    public int size() { return byIri.size(); }
}
