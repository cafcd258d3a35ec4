package org.papergraph.store.stats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;

/**
 * How many papers name each entity, in total and per combination of relations, with the entity's
 * classes, labels and label keys repeated beside the counts (once each): a query about named
 * entities then reads one graph instead of every paper graph that names a popular entity. The
 * metric, dataset and method of a result get their classes and names here too, without counts when
 * no paper names them.
 * <pre>
 * ent:x a pg:Dataset ; rdfs:label "X" ; pg:labelKey "x" ; pg:displayLabel "X" ; pg:paperCount 12 ;
 *     pg:usage [ a pg:EntityUsage ; pg:relation pg:uses ; pg:paperCount 10 ] ,
 *              [ a pg:EntityUsage ; pg:relation pg:uses, pg:mentions ; pg:paperCount 2 ] .
 * </pre>
 * Each paper falls in exactly one usage (the set of relations it has to the entity), so the papers
 * of any list of relations are the sum over the usages that share one with it.
 */
final class EntityStatistics {
    /** The paper-entity relations, each a bit of a usage's mask. */
    static final List<Node> RELATIONS = List.of(PG.mentions.asNode(), PG.proposes.asNode(), PG.uses.asNode(),
        PG.addresses.asNode(), PG.studies.asNode());
    static final Set<Node> CLASSES = Set.of(PG.Method.asNode(), PG.Dataset.asNode(), PG.Task.asNode(),
        PG.Metric.asNode(), PG.Concept.asNode());
    /** Repeated once each beside the counts: the names queries search (pg:labelKey) and show (rdfs:label, skos:prefLabel). */
    private static final List<Node> COPIED = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), PG.labelKey.asNode());
    /** A result's metric, dataset and method are described here too (classes and names), even when no paper names them. */
    static final List<Node> RESULT_LINKS = List.of(PG.metric.asNode(), PG.dataset.asNode(), PG.method.asNode());
    private static final Node USAGE = PG.usage.asNode();
    private static final Node ENTITY_USAGE = PG.EntityUsage.asNode();
    private static final Node RELATION = PG.relation.asNode();
    static final Node PAPER_COUNT = PG.paperCount.asNode();
    private static final Node DISPLAY_LABEL = PG.displayLabel.asNode();

    private EntityStatistics() {}

    /** Writes the statistics of every entity some paper names. */
    static void computeAll(DatasetGraph dsg, Node graph) {
        Set<Node> entities = new LinkedHashSet<>();
        for (Node r : RELATIONS) dsg.find(Node.ANY, Node.ANY, r, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        for (Node r : RESULT_LINKS) dsg.find(Node.ANY, Node.ANY, r, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        StoreState now = StoreState.now(dsg, graph);
        PaperCountRanking ranking = new PaperCountRanking(graph);
        for (Node e : entities) write(dsg, graph, e, now, ranking);
        ranking.apply(dsg);
    }

    /** Recomputes the statistics of the nodes the changes may have touched as entities. */
    static void update(DatasetGraph dsg, Node graph, QuadChanges changes) {
        Set<Node> touched = new LinkedHashSet<>();
        for (Quad q : changes.changed()) {
            Node p = q.getPredicate();
            if (RELATIONS.contains(p) || RESULT_LINKS.contains(p)) touched.add(q.getObject());
            else if (p.equals(RDF.type.asNode()) ? CLASSES.contains(q.getObject()) : COPIED.contains(p))
                touched.add(q.getSubject());
        }
        StoreState now = StoreState.now(dsg, graph);
        PaperCountRanking ranking = new PaperCountRanking(graph);
        for (Node e : touched) {
            erase(dsg, graph, e, ranking);
            write(dsg, graph, e, now, ranking);
        }
        ranking.apply(dsg);
    }

    private static void write(DatasetGraph dsg, Node graph, Node entity, StoreState now, PaperCountRanking ranking) {
        if (!entity.isURI()) return;
        Map<Integer, Integer> papersByMask = papersByMask(dsg, entity);
        if (papersByMask.isEmpty() && !ofAResult(dsg, entity)) return;
        List<Quad> out = new ArrayList<>();
        Set<Node> classes = new LinkedHashSet<>();
        for (Node c : now.objects(entity, RDF.type.asNode())) if (CLASSES.contains(c)) classes.add(c);
        for (Node c : classes) out.add(Quad.create(graph, entity, RDF.type.asNode(), c));
        for (Node p : COPIED) for (Node v : now.objects(entity, p)) out.add(Quad.create(graph, entity, p, v));
        Node label = displayLabel(now, entity);
        if (label != null) out.add(Quad.create(graph, entity, DISPLAY_LABEL, label));
        long papers = papersByMask.values().stream().mapToInt(Integer::intValue).sum();
        if (papers > 0) out.add(Quad.create(graph, entity, PAPER_COUNT, integer(papers)));
        papersByMask.forEach((mask, usagePapers) -> {
            Node usage = NodeFactory.createBlankNode();
            out.add(Quad.create(graph, entity, USAGE, usage));
            out.add(Quad.create(graph, usage, RDF.type.asNode(), ENTITY_USAGE));
            for (int i = 0; i < RELATIONS.size(); i++)
                if ((mask & (1 << i)) != 0) out.add(Quad.create(graph, usage, RELATION, RELATIONS.get(i)));
            out.add(Quad.create(graph, usage, PAPER_COUNT, integer(usagePapers)));
        });
        out.forEach(dsg::add);
        if (papers > 0) ranking.add(dsg, entity, classes, papers);
    }

    private static boolean ofAResult(DatasetGraph dsg, Node entity) {
        for (Node r : RESULT_LINKS) if (dsg.find(Node.ANY, Node.ANY, r, entity).hasNext()) return true;
        return false;
    }

    /** For each set of relations (a bit mask), how many papers have exactly those to the entity. */
    private static Map<Integer, Integer> papersByMask(DatasetGraph dsg, Node entity) {
        Map<Node, Integer> maskByPaper = new java.util.HashMap<>();
        for (int i = 0; i < RELATIONS.size(); i++) {
            int bit = 1 << i;
            dsg.find(Node.ANY, Node.ANY, RELATIONS.get(i), entity).forEachRemaining(q -> maskByPaper.merge(q.getSubject(), bit, (a, b) -> a | b));
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int mask : maskByPaper.values()) out.merge(mask, 1, Integer::sum);
        return out;
    }

    /** What the queries showed as its name: the least skos:prefLabel, else the least rdfs:label (SPARQL MIN order). */
    private static Node displayLabel(StoreState now, Node entity) {
        Node pref = least(now.objects(entity, SKOS.prefLabel.asNode()));
        return pref != null ? pref : least(now.objects(entity, RDFS.label.asNode()));
    }

    private static Node least(Set<Node> nodes) {
        Node min = null;
        for (Node n : nodes)
            if (min == null || NodeValue.compareAlways(NodeValue.makeNode(n), NodeValue.makeNode(min)) < 0) min = n;
        return min;
    }

    private static void erase(DatasetGraph dsg, Node graph, Node entity, PaperCountRanking ranking) {
        List<Node> usages = new ArrayList<>();
        dsg.find(graph, entity, USAGE, Node.ANY).forEachRemaining(q -> usages.add(q.getObject()));
        // A run has a pg:paperCount here too but is no entity: no usage, class or name copied.
        if (usages.isEmpty() && !dsg.find(graph, entity, DISPLAY_LABEL, Node.ANY).hasNext()
            && !dsg.find(graph, entity, RDF.type.asNode(), Node.ANY).hasNext()) return;
        ranking.remove(dsg, entity);
        for (Node u : usages) dsg.deleteAny(graph, u, Node.ANY, Node.ANY);
        dsg.deleteAny(graph, entity, Node.ANY, Node.ANY);
    }

    static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
