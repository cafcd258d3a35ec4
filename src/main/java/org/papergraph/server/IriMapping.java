package org.papergraph.server;

import java.util.ArrayList;
import java.util.List;

import org.papergraph.rdf.Iris;

/**
 * Maps the IRIs of the graph to paths of this server and back: {@code {base}{path}} is served at
 * {@code /{path}}. The ontology and the bundled vocabularies always live under the standard base
 * (their files fix it), so that base is answered too when the store was built with another one.
 */
public final class IriMapping {
    private final String base;

    public IriMapping(String base) {
        this.base = new Iris(base).base();
    }

    public String base() { return base; }

    /** The IRIs a request path (without the leading slash) may stand for, the configured base first. */
    public List<String> iris(String path) {
        List<String> candidates = new ArrayList<>();
        candidates.add(base + path);
        if (!base.equals(Iris.DEFAULT_BASE)) candidates.add(Iris.DEFAULT_BASE + path);
        return candidates;
    }

    /** The server-relative link for an IRI of the graph ("/paper/x#abstract"), or the IRI itself when it is external. */
    public String link(String iri) {
        if (iri.startsWith(base)) return "/" + iri.substring(base.length());
        if (iri.startsWith(Iris.DEFAULT_BASE)) return "/" + iri.substring(Iris.DEFAULT_BASE.length());
        return iri;
    }
}
