package org.papergraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.paper.Paper;

/**
 * Mints the IRIs of the graph under one base (default {@value #DEFAULT_BASE}). A paper's IRI depends
 * only on its identifiers or title, so it is the same in every build.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/papergraph/";
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    /** The stable key of a paper: arXiv id, else DOI, else a hash of its normalised title. */
    public static String paperKey(Paper paper) {
        return key(paper.metadata().arxivId(), paper.metadata().doi(), titleKey(paper.title()));
    }

    /** The preferred key among a paper's identifiers: arXiv id, else DOI, else the given fallback (a title key). */
    public static String key(String arxiv, String doi, String fallback) {
        if (arxiv != null && !arxiv.isBlank()) return "arxiv-" + arxiv.strip().replaceAll("[^A-Za-z0-9.]+", "-");
        if (doi != null && !doi.isBlank()) return "doi-" + doi.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        return fallback;
    }

    /** The key of a paper known only by its title. */
    public static String titleKey(String title) {
        return "t-" + sha256(normalisedTitle(title)).substring(0, 12);
    }

    /** Title folded for identity: lower case, punctuation and spacing ignored. */
    public static String normalisedTitle(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[\\W_]+", " ").strip();
    }

    public Node paper(String key) { return iri("paper/" + key); }

    /** The key of a paper IRI minted under this base, or null when the node is no such IRI. */
    public String keyOf(Node paper) {
        String prefix = base + "paper/";
        if (!paper.isURI() || !paper.getURI().startsWith(prefix)) return null;
        String key = paper.getURI().substring(prefix.length());
        return key.isEmpty() || key.contains("#") || key.contains("/") ? null : key;
    }

    public Node section(String paperKey, String section) { return iri("paper/" + paperKey + "#" + section); }

    public Node paperGraph(String key) { return iri("graph/paper/" + key); }

    /** The graph of what one source (a reader's format name, e.g. "pwc") said about a paper. */
    public Node sourceGraph(String key, String source) { return iri("graph/paper/" + key + "/" + source); }

    public Node entity(String slug) { return iri("entity/" + slug); }

    public Node result(String paperKey, int n) { return iri("result/" + paperKey + "-" + n); }

    public Node annotation(String paperKey, int n) { return iri("annotation/" + paperKey + "-" + n); }

    public Node run(String id) { return iri("run/" + id); }

    public Node graph(String name) { return iri("graph/" + name); }

    private Node iri(String path) { return NodeFactory.createURI(base + path); }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
