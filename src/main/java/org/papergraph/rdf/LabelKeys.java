package org.papergraph.rdf;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The pg:labelKey of a label: its text in lower case, so queries find a name by an exact, indexed lookup. */
public final class LabelKeys {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();

    private LabelKeys() {}

    /** The key of a label: what SPARQL's LCASE(STR(label)) gives, as a plain string. */
    public static String key(String label) {
        // ARQ's LCASE is String.toLowerCase; ROOT keeps keys the same whatever the builder's locale.
        return label.toLowerCase(Locale.ROOT);
    }

    /** The key as the literal object of a pg:labelKey triple. */
    public static Node keyLiteral(String label) {
        return NodeFactory.createLiteralString(key(label));
    }

    /** Whether a predicate is one of the label properties the queries match names against. */
    public static boolean isLabel(Node predicate) {
        return LABEL.equals(predicate) || PREF.equals(predicate) || ALT.equals(predicate);
    }
}
