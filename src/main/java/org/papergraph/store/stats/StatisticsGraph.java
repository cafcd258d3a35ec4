package org.papergraph.store.stats;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;

/**
 * The statistics graph {@code {base}graph/statistics}: counts that whole-graph queries would
 * otherwise compute by scanning the store (class and confidence partitions, papers per entity and
 * relation set, papers per run). Computed at the end of a build and brought up to date inside the write transaction of
 * every add and remove, so it is never stale. Layout: docs/graph-model.md, "Statistics".
 */
public final class StatisticsGraph {
    private StatisticsGraph() {}

    /** The graph's IRI, which is also the subject of its store-wide counts ({@code a pg:Statistics}). */
    public static Node iri(Iris iris) { return iris.graph("statistics"); }

    /** Computes the whole graph from the store, replacing it; call inside a write transaction. */
    public static void rebuild(DatasetGraph dsg, Iris iris) {
        Node graph = iri(iris);
        dsg.removeGraph(graph);
        ObjectPartitions.CLASSES.computeAll(dsg, graph);
        ObjectPartitions.CONFIDENCES.computeAll(dsg, graph);
        RunPaperCounts.computeAll(dsg, graph);
        EntityStatistics.computeAll(dsg, graph);
        dsg.add(graph, graph, RDF.type.asNode(), PG.Statistics.asNode());
    }

    /**
     * Brings the graph up to date with what a write transaction changed (the recorder's changes),
     * inside that transaction. A store built before the statistics existed gets them computed whole.
     */
    public static void update(DatasetGraph dsg, Iris iris, QuadChanges changes) {
        Node graph = iri(iris);
        if (!dsg.contains(graph, graph, RDF.type.asNode(), PG.Statistics.asNode())) {
            rebuild(dsg, iris);
            return;
        }
        EntityStatistics.update(dsg, graph, changes);
        ObjectPartitions.CLASSES.update(dsg, graph, changes);
        ObjectPartitions.CONFIDENCES.update(dsg, graph, changes);
        RunPaperCounts.update(dsg, graph, changes);
    }
}
