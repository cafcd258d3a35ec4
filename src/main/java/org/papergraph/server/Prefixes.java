package org.papergraph.server;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The prefixes of every response; they are also the JSON-LD context, published at
 * {@code /context.jsonld} and written inline in each JSON-LD response (so a response parses offline).
 */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix to namespace, the graph's own namespaces under the given base. */
    public static Map<String, String> of(String base) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("pg", "https://w3id.org/papergraph/ontology#");
        p.put("pgv", "https://w3id.org/papergraph/vocabulary/");
        p.put("ent", base + "entity/");
        p.put("paper", base + "paper/");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("oa", "http://www.w3.org/ns/oa#");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("fabio", "http://purl.org/spar/fabio/");
        p.put("schema", "https://schema.org/");
        p.put("void", "http://rdfs.org/ns/void#");
        p.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        return p;
    }

    /** The same prefixes as a Jena prefix map. */
    public static PrefixMap map(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        of(base).forEach(pm::add);
        return pm;
    }

    /** The JSON-LD context document: {"@context": {prefix: namespace, ...}}. */
    public static String contextDocument(String base) {
        StringBuilder sb = new StringBuilder("{\n  \"@context\": {\n");
        var entries = of(base).entrySet().stream().map(e -> "    \"" + e.getKey() + "\": \"" + e.getValue() + "\"").toList();
        sb.append(String.join(",\n", entries)).append("\n  }\n}\n");
        return sb.toString();
    }
}
