package org.papergraph.store.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.PG;

/**
 * The named entities of each class grouped by their paper count, so that "the most named entities
 * of a class" reads the few groups at the top instead of every entity of the class:
 * <pre>
 * &lt;graph/statistics#papers-{class}-{n}&gt; void:class pg:Method ; pg:paperCount n ;
 *     void:entities k ;            # entities of the class named by exactly n papers
 *     pg:entitiesBefore m .        # entities of the class named by more than n papers
 * &lt;graph/statistics#papers-{class}&gt; void:class pg:Method ;
 *     pg:namedEntities t .         # entities of the class named by any paper (all its partitions)
 * ent:x pg:paperCountPartition &lt;graph/statistics#papers-{class}-{n}&gt; .
 * </pre>
 * Entity changes are collected as +1/-1 per (class, count) and applied at the end, when every
 * partition of a touched class gets its pg:entitiesBefore again (a class has few distinct counts).
 */
final class PaperCountRanking {
    private static final Node CLASS = NodeFactory.createURI(ObjectPartitions.VOID + "class");
    private static final Node ENTITIES = NodeFactory.createURI(ObjectPartitions.VOID + "entities");
    private static final Node PARTITION = PG.paperCountPartition.asNode();
    private static final Node BEFORE = PG.entitiesBefore.asNode();
    private static final Node NAMED = PG.namedEntities.asNode();

    private final Node graph;
    private final Map<Node, Map<Long, Long>> delta = new HashMap<>();   // class -> count -> change in entities

    PaperCountRanking(Node graph) { this.graph = graph; }

    /** The entity, of these classes, is now named by {@code papers} papers: links it and counts it in. */
    void add(DatasetGraph dsg, Node entity, Set<Node> classes, long papers) {
        for (Node c : classes) {
            dsg.add(graph, entity, PARTITION, partition(c, papers));
            delta.computeIfAbsent(c, k -> new HashMap<>()).merge(papers, 1L, Long::sum);
        }
    }

    /** The entity leaves the partitions it is in (call before its statistics are erased). */
    void remove(DatasetGraph dsg, Node entity) {
        List<Node> partitions = new ArrayList<>();
        dsg.find(graph, entity, PARTITION, Node.ANY).forEachRemaining(q -> partitions.add(q.getObject()));
        for (Node p : partitions) {
            Node c = single(dsg, p, CLASS);
            long papers = number(single(dsg, p, PG.paperCount.asNode()));
            delta.computeIfAbsent(c, k -> new HashMap<>()).merge(papers, -1L, Long::sum);
            dsg.delete(graph, entity, PARTITION, p);
        }
    }

    /** Writes the changed partitions' sizes and every touched class's pg:entitiesBefore. */
    void apply(DatasetGraph dsg) {
        for (Map.Entry<Node, Map<Long, Long>> byClass : delta.entrySet()) {
            Node c = byClass.getKey();
            byClass.getValue().forEach((papers, d) -> {
                if (d == 0) return;
                Node p = partition(c, papers);
                Node old = single(dsg, p, ENTITIES);
                long size = (old == null ? 0 : number(old)) + d;
                dsg.deleteAny(graph, p, Node.ANY, Node.ANY);
                if (size <= 0) return;
                dsg.add(graph, p, CLASS, c);
                dsg.add(graph, p, PG.paperCount.asNode(), EntityStatistics.integer(papers));
                dsg.add(graph, p, ENTITIES, EntityStatistics.integer(size));
            });
            rank(dsg, c);
        }
        delta.clear();
    }

    /**
     * Sets pg:entitiesBefore of every partition of the class (the sizes of the partitions with more
     * papers) and the class's pg:namedEntities (the sizes of all of them).
     */
    private void rank(DatasetGraph dsg, Node c) {
        Map<Long, Node> byPapers = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        Set<Node> partitions = new HashSet<>();
        dsg.find(graph, Node.ANY, CLASS, c).forEachRemaining(q -> partitions.add(q.getSubject()));
        for (Node p : partitions) {
            Node papers = single(dsg, p, PG.paperCount.asNode());
            if (papers != null) byPapers.put(number(papers), p);   // class partitions of VoID have no paper count
        }
        long before = 0;
        for (Node p : byPapers.values()) {
            dsg.deleteAny(graph, p, BEFORE, Node.ANY);
            dsg.add(graph, p, BEFORE, EntityStatistics.integer(before));
            before += number(single(dsg, p, ENTITIES));
        }
        Node total = NodeFactory.createURI(graph.getURI() + "#papers-" + ObjectPartitions.encodeForUri(c.getURI()));
        dsg.deleteAny(graph, total, Node.ANY, Node.ANY);
        if (before == 0) return;
        dsg.add(graph, total, CLASS, c);
        dsg.add(graph, total, NAMED, EntityStatistics.integer(before));
    }

    private Node partition(Node c, long papers) {
        return NodeFactory.createURI(graph.getURI() + "#papers-" + ObjectPartitions.encodeForUri(c.getURI()) + "-" + papers);
    }

    private Node single(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static long number(Node literal) { return ((Number) literal.getLiteralValue()).longValue(); }
}
