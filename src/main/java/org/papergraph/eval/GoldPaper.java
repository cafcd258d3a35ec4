package org.papergraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One paper of the gold annotations (see the shared GUIDELINE.md). */
public record GoldPaper(String title, List<GoldEntity> entities, List<GoldResult> results, List<String> links) {

    /** A gold entity: name, type, alternative types, role, whether required, aliases. */
    public record GoldEntity(String name, String type, Set<String> altTypes, String role, boolean required, List<String> aliases) {
        /** Normalised name and aliases: what a label must equal to match. */
        public Set<String> keys() {
            Set<String> k = new LinkedHashSet<>();
            k.add(ScoreNorm.norm(name));
            for (String a : aliases) k.add(ScoreNorm.norm(a));
            return k;
        }

        /** The type and the alternative types. */
        public Set<String> types() {
            Set<String> t = new LinkedHashSet<>(altTypes);
            t.add(type);
            return t;
        }
    }

    /** A gold result; dataset and method may be null. */
    public record GoldResult(String metric, String value, String dataset, String method) {}

    /** Reads a gold JSONL file. */
    public static List<GoldPaper> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<GoldPaper> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) out.add(of(json.readTree(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static GoldPaper of(JsonNode n) {
        List<GoldEntity> ents = new ArrayList<>();
        for (JsonNode e : n.path("entities"))
            ents.add(new GoldEntity(e.path("name").asText(), e.path("type").asText(), new LinkedHashSet<>(strings(e.path("alt_types"))),
                e.path("role").asText(null), e.path("required").asBoolean(false), strings(e.path("aliases"))));
        List<GoldResult> res = new ArrayList<>();
        for (JsonNode r : n.path("results"))
            res.add(new GoldResult(r.path("metric").asText(), r.path("value").asText(), text(r.get("dataset")), text(r.get("method"))));
        List<String> links = new ArrayList<>();
        for (JsonNode l : n.path("links")) links.add(l.path("url").asText());
        return new GoldPaper(n.path("title").asText(), ents, res, links);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : array) out.add(a.asText());
        return out;
    }
}
