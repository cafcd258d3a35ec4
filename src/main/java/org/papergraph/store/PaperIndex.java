package org.papergraph.store;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Vocab;

/**
 * Finds the paper a record is about among the papers already stored, by arXiv id, then DOI, then
 * title key (the identity rules of docs/graph-model.md). A candidate whose own arXiv id or DOI
 * differs from the record's is a different paper, even with the same title. Call inside a transaction.
 */
public final class PaperIndex {
    private static final Node DOI = Vocab.bibo("doi");
    private final DatasetGraph dsg;
    private final Iris iris;

    public PaperIndex(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    /** A stored paper and the identifiers its sources gave. */
    public record Stored(String key, Set<String> arxivIds, Set<String> dois) {
        /** The first arXiv id, or null. */
        public String arxivId() { return arxivIds.isEmpty() ? null : arxivIds.iterator().next(); }

        /** The first DOI, or null. */
        public String doi() { return dois.isEmpty() ? null : dois.iterator().next(); }
    }

    /** The stored paper a record with these identifiers is about, or null when it is new. */
    public Stored find(String arxivId, String doi, String titleKey) {
        Stored s = arxivId == null ? null : match(PG.arxivId.asNode(), arxivId, arxivId, doi);
        if (s == null && doi != null) s = match(DOI, doi, arxivId, doi);
        if (s == null && titleKey != null) s = match(PG.titleKey.asNode(), titleKey, arxivId, doi);
        return s;
    }

    /** The stored paper with this key, or null. */
    public Stored byKey(String key) {
        Node p = iris.paper(key);
        if (!dsg.find(Node.ANY, p, Node.ANY, Node.ANY).hasNext()) return null;
        return new Stored(key, values(p, PG.arxivId.asNode()), values(p, DOI));
    }

    /** The stored paper with this arXiv id or DOI, without checks for conflicts (for removal). */
    public Stored byIdentifier(String arxivIdOrDoi) {
        Stored s = match(PG.arxivId.asNode(), arxivIdOrDoi, null, null);
        return s != null ? s : match(DOI, arxivIdOrDoi, null, null);
    }

    private Stored match(Node property, String value, String arxivId, String doi) {
        var it = dsg.find(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(value));
        Set<Node> papers = new LinkedHashSet<>();
        it.forEachRemaining(q -> papers.add(q.getSubject()));
        for (Node p : papers) {
            String key = iris.keyOf(p);
            if (key == null) continue;
            Stored s = new Stored(key, values(p, PG.arxivId.asNode()), values(p, DOI));
            if (compatible(s.arxivIds(), arxivId) && compatible(s.dois(), doi)) return s;
        }
        return null;
    }

    private static boolean compatible(Set<String> stored, String value) {
        return value == null || stored.isEmpty() || stored.contains(value);
    }

    private Set<String> values(Node subject, Node property) {
        Set<String> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, subject, property, Node.ANY).forEachRemaining((Quad q) -> {
            if (q.getObject().isLiteral()) out.add(q.getObject().getLiteralLexicalForm());
        });
        return out;
    }
}
