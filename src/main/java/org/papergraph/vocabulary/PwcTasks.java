package org.papergraph.vocabulary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.papergraph.recognize.EntityKeys;

/**
 * Reads the Papers with Code task files: the task list, the parent-child hierarchy and the
 * per-task table of datasets and metrics. Names are cleaned; lines that are not names are dropped.
 */
public final class PwcTasks {
    private PwcTasks() {}

    /** Adds tasks, their parents and the datasets and metrics of the detailed table; returns the number of tasks added. */
    public static int addAll(Path dir, ConceptCatalog catalog) throws IOException {
        Set<String> known = new HashSet<>();
        int added = 0;
        for (String line : Files.readAllLines(dir.resolve("pwc-tasks.txt"), StandardCharsets.UTF_8)) {
            String name = TaskNames.clean(line);
            if (name == null) continue;
            known.add(EntityKeys.key(name));
            if (addTask(catalog, name, List.of()) != null) added++;
        }
        addHierarchy(read(dir.resolve("pwc-task-hierarchy.csv")), known, catalog);
        addDetailed(read(dir.resolve("pwc-tasks-detailed.csv")), catalog);
        return added;
    }

    /** Parent tasks become the broader concepts of their children. */
    static void addHierarchy(List<List<String>> rows, Set<String> known, ConceptCatalog catalog) {
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 3) continue;
            String parent = TaskNames.clean(row.get(0));
            if (parent == null || addTask(catalog, parent, List.of()) == null) continue;
            String[] children = row.get(2).split(";");
            for (int i = 0; i < children.length; i++) {
                boolean truncated = i == children.length - 1 && children[i].strip().endsWith("...");
                String child = TaskNames.clean(children[i]);
                // The lists are cut at a fixed length: trust a cut last item only if the task list knows it.
                if (child == null || truncated && !known.contains(EntityKeys.key(child))) continue;
                addTask(catalog, child, List.of(TaskNames.splitAcronym(parent)[0]));
            }
        }
    }

    /** Datasets and benchmarks of each task become Dataset concepts, its metrics Metric concepts, where the names are clean. */
    static void addDetailed(List<List<String>> rows, ConceptCatalog catalog) {
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 6) continue;
            String task = TaskNames.clean(row.get(1));
            if (task != null) addTask(catalog, task, List.of());
            for (String col : List.of(row.get(3), row.get(4))) {
                for (String d : col.split(";")) {
                    String name = TaskNames.datasetName(d);
                    if (name != null) catalog.add(VocabType.DATASET, name, List.of(), List.of(), List.of(), Source.PAPERS_WITH_CODE);
                }
            }
            for (String m : row.get(5).split(";")) {
                String name = TaskNames.metricName(m);
                if (name == null) continue;
                // A single word ("Overall", "MR") is a metric only if the curated table says so.
                ConceptEntry known = catalog.byLabel(name);
                if (!name.contains(" ") && (known == null || known.type() != VocabType.METRIC)) continue;
                // "ImageNet top-1 accuracy" is top-1 accuracy measured on a dataset: papers name the two apart.
                ConceptEntry first = catalog.byLabel(name.substring(0, Math.max(0, name.indexOf(' '))));
                if (first != null && first.type() == VocabType.DATASET) continue;
                catalog.add(VocabType.METRIC, name, List.of(), List.of(), List.of(), Source.PAPERS_WITH_CODE);
            }
        }
    }

    /** Adds one task, splitting a trailing "(ACRONYM)" into an altLabel. */
    private static ConceptEntry addTask(ConceptCatalog catalog, String name, List<String> broader) {
        String[] split = TaskNames.splitAcronym(name);
        // A one-word task ("philosophy", "navigate") is too often a plain word: only enrich a known concept.
        if (!split[0].contains(" ") && catalog.byLabel(split[0]) == null) return null;
        List<String> alts = split[1] == null ? List.of() : List.of(split[1]);
        return catalog.add(VocabType.TASK, split[0], alts, broader, List.of(), Source.PAPERS_WITH_CODE);
    }

    private static List<List<String>> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SimpleCsv.read(new java.io.BufferedReader(in));
        }
    }
}
