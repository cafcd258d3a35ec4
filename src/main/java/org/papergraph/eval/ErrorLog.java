package org.papergraph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scorer's errors by kind and type, counted by name, to show the most common ones. */
public final class ErrorLog {
    /** One error: its kind ("missed", "false positive", "wrong type", ...), a type, the name, the paper. */
    public record Error(String kind, String type, String name, String paper) {}

    private final List<Error> errors = new ArrayList<>();

    void add(String kind, String type, String name, String paper) { errors.add(new Error(kind, type, name, paper)); }

    /** Every error, in scoring order. */
    public List<Error> all() { return List.copyOf(errors); }

    /** Counts per kind and type, then the n most common names of each. */
    public void print(PrintWriter out, int n) {
        Map<String, Map<String, Integer>> byGroup = new TreeMap<>();
        for (Error e : errors)
            if (!e.kind().equals("correct")) byGroup.computeIfAbsent(e.kind() + " " + e.type(), k -> new HashMap<>()).merge(e.name(), 1, Integer::sum);
        for (Map.Entry<String, Map<String, Integer>> g : byGroup.entrySet()) {
            int total = g.getValue().values().stream().mapToInt(Integer::intValue).sum();
            out.printf("%s: %d%n", g.getKey(), total);
            g.getValue().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> out.printf("    %4d  %s%n", e.getValue(), e.getKey()));
        }
        out.flush();
    }
}
