package org.papergraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the scorer reads of a graph: per paper (by normalised title) its typed entities with their
 * normalised labels, its proposed entities, its results and its links. Reads the union of all graphs.
 */
public final class GraphView {
    static final String PG = "https://w3id.org/papergraph/ontology#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String TITLE = "http://purl.org/dc/terms/title";
    private static final Set<String> LABELS = Set.of("http://www.w3.org/2000/01/rdf-schema#label",
        "http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2004/02/skos/core#altLabel");
    static final List<String> TYPES = List.of("Method", "Dataset", "Task", "Metric", "Concept");
    /** In a fixed order, so that the error file lists a paper's entities the same way in every run. */
    private static final List<String> PAPER_TO_ENTITY = List.of(PG + "mentions", PG + "proposes", PG + "uses", PG + "addresses", PG + "studies");

    /** A system entity of a paper: its types (local names) and normalised labels. */
    public record SysEntity(String iri, Set<String> types, Set<String> labels, Set<String> rawLabels) {}

    /** A system result: value, metric labels, dataset labels. */
    public record SysResult(Double value, Set<String> metric, Set<String> dataset) {}

    /** What one paper holds. */
    public record SysPaper(String iri, Map<String, SysEntity> entities, Set<String> proposed, List<SysResult> results, Set<String> links) {}

    private final Map<String, Map<String, Set<String>>> spo = new HashMap<>();

    private GraphView() {}

    /** The papers of a dataset graph, by normalised title. */
    public static Map<String, SysPaper> of(DatasetGraph dsg) {
        GraphView g = new GraphView();
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            g.spo.computeIfAbsent(str(q.getSubject()), k -> new HashMap<>())
                .computeIfAbsent(str(q.getPredicate()), k -> new HashSet<>()).add(str(q.getObject()));
        }
        return g.papers();
    }

    private static String str(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return "_:" + n.getBlankNodeLabel();
    }

    private Set<String> objects(String s, String p) {
        Map<String, Set<String>> po = spo.get(s);
        return po == null ? Set.of() : po.getOrDefault(p, Set.of());
    }

    private static String local(String iri) {
        String[] parts = iri.split("[#/]", -1);
        return parts[parts.length - 1];
    }

    private Set<String> typesOf(String e) {
        Set<String> t = new HashSet<>();
        for (String c : objects(e, RDF_TYPE)) if (c.startsWith(PG) && TYPES.contains(local(c))) t.add(local(c));
        return t;
    }

    private Set<String> rawLabelsOf(String e) {
        Set<String> out = new HashSet<>();
        for (String p : LABELS) out.addAll(objects(e, p));
        return out;
    }

    private Set<String> labelsOf(String e) {
        Set<String> out = new HashSet<>();
        for (String l : rawLabelsOf(e)) out.add(ScoreNorm.norm(l));
        return out;
    }

    private Map<String, SysPaper> papers() {
        Map<String, SysPaper> view = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : spo.entrySet()) {
            Map<String, Set<String>> po = e.getValue();
            if (!po.getOrDefault(RDF_TYPE, Set.of()).contains(PG + "Paper")) continue;
            Set<String> titles = po.getOrDefault(TITLE, Set.of());
            if (!titles.isEmpty()) view.put(ScoreNorm.title(titles.iterator().next()), paper(e.getKey(), po));
        }
        return view;
    }

    private SysPaper paper(String p, Map<String, Set<String>> po) {
        Map<String, SysEntity> ents = new LinkedHashMap<>();
        for (String pred : PAPER_TO_ENTITY)
            for (String e : po.getOrDefault(pred, Set.of())) {
                Set<String> types = typesOf(e);
                if (!types.isEmpty()) ents.put(e, new SysEntity(e, types, labelsOf(e), rawLabelsOf(e)));
            }
        Set<String> proposed = new HashSet<>();
        for (String e : po.getOrDefault(PG + "proposes", Set.of())) if (ents.containsKey(e)) proposed.add(e);
        List<SysResult> results = new ArrayList<>();
        for (String r : po.getOrDefault(PG + "reports", Set.of())) {
            Set<String> metric = new HashSet<>(), dataset = new HashSet<>();
            for (String m : objects(r, PG + "metric")) metric.addAll(labelsOf(m));
            for (String d : objects(r, PG + "dataset")) dataset.addAll(labelsOf(d));
            for (String v : objects(r, PG + "value")) results.add(new SysResult(ScoreNorm.value(v), metric, dataset));
        }
        Set<String> links = new HashSet<>();
        for (Map.Entry<String, Set<String>> pe : po.entrySet()) {
            String pred = pe.getKey();
            if (pred.equals(RDF_TYPE) || pred.equals(TITLE) || PAPER_TO_ENTITY.contains(pred) || pred.equals(PG + "reports")) continue;
            for (String o : pe.getValue()) {
                boolean own = false;
                for (String t : objects(o, RDF_TYPE))
                    if (t.startsWith(PG) && (TYPES.contains(local(t)) || local(t).equals("Paper") || local(t).equals("Result"))) own = true;
                if (o.matches("(?s)^https?://.*") && !own && !o.contains("w3id.org/papergraph")) links.add(ScoreNorm.url(o));
            }
        }
        return new SysPaper(p, ents, proposed, results, links);
    }
}
