package org.papergraph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Iris;

/**
 * The named graphs of one paper (its paper graph {@code graph/paper/{key}} and its source graphs
 * {@code graph/paper/{key}/{source}}): list, delete, and move to another key. Call inside a write transaction.
 */
public final class PaperGraphs {
    private final DatasetGraph dsg;
    private final Iris iris;

    public PaperGraphs(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    /** The graphs that say something about the paper. */
    public Set<Node> of(String key) {
        String main = iris.paperGraph(key).getURI();
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, iris.paper(key), Node.ANY, Node.ANY).forEachRemaining(q -> {
            String g = q.getGraph().getURI();
            if (g != null && (g.equals(main) || g.startsWith(main + "/"))) graphs.add(q.getGraph());
        });
        return graphs;
    }

    /** Deletes one graph; returns how many quads it held. */
    public long clear(Node graph) {
        long n = dsg.getGraph(graph).size();
        dsg.removeGraph(graph);
        return n;
    }

    /** Deletes every graph of the paper; returns how many quads they held. */
    public long delete(String key) {
        long n = 0;
        for (Node g : of(key)) n += clear(g);
        return n;
    }

    /**
     * Moves the paper from one key to another (a title-only paper that an arXiv record identifies
     * becomes {@code arxiv-...}): every IRI minted from the old key is rewritten in all its graphs.
     */
    public void rekey(String from, String to) {
        KeyRenamer renamer = new KeyRenamer(iris, from, to);
        for (Node g : of(from)) {
            List<Quad> quads = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            dsg.removeGraph(g);
            for (Quad q : quads)
                dsg.add(renamer.apply(q.getGraph()), renamer.apply(q.getSubject()), q.getPredicate(), renamer.apply(q.getObject()));
        }
    }

    /** Rewrites the IRIs minted from one paper key (paper, sections, results, annotations, graphs) to another key. */
    static final class KeyRenamer {
        private final String[][] prefixes;

        KeyRenamer(Iris iris, String from, String to) {
            String b = iris.base();
            // Each pair: the old prefix and what follows it in a minted IRI (end, '#', '-' or '/').
            prefixes = new String[][] {
                {b + "paper/" + from, b + "paper/" + to, "#"},
                {b + "graph/paper/" + from, b + "graph/paper/" + to, "/"},
                {b + "result/" + from + "-", b + "result/" + to + "-", null},
                {b + "annotation/" + from + "-", b + "annotation/" + to + "-", null},
            };
        }

        Node apply(Node n) {
            if (!n.isURI()) return n;
            String u = n.getURI();
            for (String[] p : prefixes) {
                if (!u.startsWith(p[0])) continue;
                String rest = u.substring(p[0].length());
                if (p[2] == null || rest.isEmpty() || rest.startsWith(p[2])) return NodeFactory.createURI(p[1] + rest);
            }
            return n;
        }
    }
}
