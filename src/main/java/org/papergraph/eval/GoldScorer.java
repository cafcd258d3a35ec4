package org.papergraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.eval.GoldPaper.GoldEntity;
import org.papergraph.eval.GoldPaper.GoldResult;
import org.papergraph.eval.GraphView.SysEntity;
import org.papergraph.eval.GraphView.SysPaper;
import org.papergraph.eval.GraphView.SysResult;

/** The reference scorer (shared/eval/score.py) in Java: same matching rules, same figures, plus an error log. */
public final class GoldScorer {
    private final List<GoldPaper> gold;
    private final ErrorLog errors = new ErrorLog();

    public GoldScorer(List<GoldPaper> gold) { this.gold = gold; }

    /** The errors of the last scoring. */
    public ErrorLog errors() { return errors; }

    /** Scores the union graph of a dataset. */
    public Scores score(DatasetGraph dsg) { return score(GraphView.of(dsg)); }

    /** Scores papers as the graph view reads them. */
    public Scores score(Map<String, SysPaper> view) {
        Map<String, Integer> c = new HashMap<>();
        Map<String, Map<String, Integer>> perType = new HashMap<>();
        Map<String, Set<String>> identity = new HashMap<>();
        int found = 0;
        for (GoldPaper gp : gold) {
            SysPaper sp = view.get(ScoreNorm.title(gp.title()));
            List<GoldEntity> req = gp.entities().stream().filter(GoldEntity::required).toList();
            List<GoldEntity> gprop = gp.entities().stream().filter(ge -> "proposed".equals(ge.role())).toList();
            add(c, "gold_required", req.size());
            for (GoldEntity ge : req) add(perType, ge.type(), "gold", 1);
            add(c, "gold_proposed", gprop.size());
            add(c, "gold_results", gp.results().size());
            add(c, "gold_links", gp.links().size());
            if (sp == null) continue;
            found++;
            for (SysEntity e : sp.entities().values()) {
                add(c, "pred", 1);
                for (String t : e.types()) add(perType, t, "pred", 1);
                List<GoldEntity> hits = gp.entities().stream().filter(ge -> intersects(e.labels(), ge.keys())).toList();
                String name = shortest(e.rawLabels());
                if (hits.isEmpty()) { errors.add("false positive", String.join("/", e.types()), name, gp.title()); continue; }
                add(c, "tp_pred", 1);
                errors.add("correct", String.join("/", e.types()), name, gp.title());
                if (hits.stream().anyMatch(ge -> intersects(e.types(), ge.types()))) {
                    add(c, "tp_pred_typed", 1);
                    for (String t : e.types())
                        if (hits.stream().anyMatch(ge -> ge.types().contains(t))) add(perType, t, "tp_pred", 1);
                } else {
                    errors.add("wrong type", String.join("/", e.types()) + " (gold " + hits.get(0).type() + ")", name, gp.title());
                }
            }
            for (GoldEntity ge : req) {
                List<SysEntity> matches = sp.entities().values().stream().filter(e -> intersects(e.labels(), ge.keys())).toList();
                if (matches.isEmpty()) { errors.add("missed", ge.type(), ge.name(), gp.title()); continue; }
                add(c, "tp_gold", 1);
                Set<String> iris = identity.computeIfAbsent(ScoreNorm.norm(ge.name()), k -> new HashSet<>());
                for (SysEntity e : matches) iris.add(e.iri());
                if (matches.stream().anyMatch(e -> intersects(e.types(), ge.types()))) {
                    add(c, "tp_gold_typed", 1);
                    add(perType, ge.type(), "tp_gold", 1);
                }
            }
            for (String e : sp.proposed()) {
                add(c, "pred_proposed", 1);
                if (gprop.stream().anyMatch(ge -> intersects(sp.entities().get(e).labels(), ge.keys()))) add(c, "tp_pred_proposed", 1);
                else errors.add("false proposed", "-", shortest(sp.entities().get(e).rawLabels()), gp.title());
            }
            for (GoldEntity ge : gprop) {
                if (sp.proposed().stream().anyMatch(e -> intersects(sp.entities().get(e).labels(), ge.keys()))) add(c, "tp_gold_proposed", 1);
                else errors.add("missed proposed", ge.type(), ge.name(), gp.title());
            }
            for (SysResult r : sp.results()) {
                add(c, "pred_results", 1);
                if (gp.results().stream().anyMatch(gr -> resultMatch(gr, r))) add(c, "tp_pred_results", 1);
                else errors.add("false result", "-", r.value() + " " + r.metric() + " " + r.dataset(), gp.title());
            }
            for (GoldResult gr : gp.results()) {
                if (sp.results().stream().anyMatch(r -> resultMatch(gr, r))) add(c, "tp_gold_results", 1);
                else errors.add("missed result", "-", gr.value() + " " + gr.metric() + " on " + gr.dataset(), gp.title());
            }
            Set<String> glinks = new HashSet<>();
            for (String l : gp.links()) glinks.add(ScoreNorm.url(l));
            Set<String> hit = new HashSet<>(sp.links());
            hit.retainAll(glinks);
            add(c, "pred_links", sp.links().size());
            add(c, "tp_pred_links", hit.size());
            add(c, "tp_gold_links", hit.size());
        }
        Map<String, Integer> requiredCount = new HashMap<>();
        for (GoldPaper gp : gold)
            for (GoldEntity ge : gp.entities()) if (ge.required()) requiredCount.merge(ScoreNorm.norm(ge.name()), 1, Integer::sum);
        int multi = 0, consistent = 0;
        for (Map.Entry<String, Set<String>> e : identity.entrySet()) {
            if (e.getValue().isEmpty() || requiredCount.getOrDefault(e.getKey(), 0) <= 1) continue;
            multi++;
            if (e.getValue().size() == 1) consistent++;
            else errors.add("several IRIs", "-", e.getKey(), String.join(" ", new java.util.TreeSet<>(e.getValue())));
        }
        Map<String, Prf> byType = new LinkedHashMap<>();
        for (String t : GraphView.TYPES) {
            Map<String, Integer> v = perType.getOrDefault(t, Map.of());
            byType.put(t, Prf.of(v.getOrDefault("tp_pred", 0), v.getOrDefault("pred", 0), v.getOrDefault("tp_gold", 0), v.getOrDefault("gold", 0)));
        }
        return new Scores(gold.size(), found,
            prf(c, "tp_pred", "pred", "tp_gold", "gold_required"),
            prf(c, "tp_pred_typed", "pred", "tp_gold_typed", "gold_required"), byType,
            prf(c, "tp_pred_proposed", "pred_proposed", "tp_gold_proposed", "gold_proposed"),
            prf(c, "tp_pred_results", "pred_results", "tp_gold_results", "gold_results"),
            prf(c, "tp_pred_links", "pred_links", "tp_gold_links", "gold_links"), multi, consistent);
    }

    /** Same value, a metric label containing or contained by the gold metric, and the gold dataset if it names one. */
    static boolean resultMatch(GoldResult gr, SysResult r) {
        if (r.value() == null || !r.value().equals(ScoreNorm.value(gr.value()))) return false;
        String gm = ScoreNorm.norm(gr.metric());
        if (r.metric().stream().noneMatch(m -> gm.equals(m) || gm.contains(m) || m.contains(gm))) return false;
        if (gr.dataset() != null && !gr.dataset().isEmpty()) return r.dataset().contains(ScoreNorm.norm(gr.dataset()));
        return true;
    }

    private static boolean intersects(Set<String> a, Set<String> b) { return !Collections.disjoint(a, b); }

    private static String shortest(Set<String> labels) {
        List<String> l = new ArrayList<>(labels);
        l.sort((x, y) -> x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y));
        String all = String.join(" | ", l);
        return l.isEmpty() ? "?" : all.length() > 80 ? all.substring(0, 80) : all;
    }

    private static void add(Map<String, Integer> c, String k, int n) { c.merge(k, n, Integer::sum); }

    private static void add(Map<String, Map<String, Integer>> c, String t, String k, int n) {
        c.computeIfAbsent(t, x -> new HashMap<>()).merge(k, n, Integer::sum);
    }

    private static Prf prf(Map<String, Integer> c, String tpPred, String pred, String tpGold, String gold) {
        return Prf.of(c.getOrDefault(tpPred, 0), c.getOrDefault(pred, 0), c.getOrDefault(tpGold, 0), c.getOrDefault(gold, 0));
    }
}
