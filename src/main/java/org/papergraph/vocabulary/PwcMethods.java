package org.papergraph.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Papers with Code methods file. Only facts are taken: name, full name and the
 * collections (categories) a method belongs to; the description texts are never read.
 */
public final class PwcMethods {
    private PwcMethods() {}

    /** Adds every usable method and its categories; returns the number of methods added. */
    public static int addAll(Path file, ConceptCatalog catalog) throws IOException {
        return addAll(file, catalog, new java.util.HashSet<>());
    }

    /**
     * Adds every usable method and its categories, and collects in {@code categoriesOnly} the concepts that
     * are categories and no method's name; returns the number of methods added.
     */
    public static int addAll(Path file, ConceptCatalog catalog, java.util.Set<ConceptEntry> categoriesOnly) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        java.util.Set<ConceptEntry> methods = new java.util.HashSet<>();
        int added = 0;
        for (JsonNode m : root) {
            String name = Labels.clean(m.path("name").asText(""));
            if (isJunk(name)) continue;
            String fullName = Labels.clean(m.path("full_name").asText(""));
            List<String> alts = new ArrayList<>();
            if (!fullName.isEmpty() && !isJunk(fullName)) alts.add(casing(fullName));
            List<String> broader = new ArrayList<>();
            for (JsonNode c : m.path("collections")) {
                String category = category(c.path("collection").asText(""));
                if (category.isEmpty()) continue;
                // A category named like a known concept of another kind ("Interpretability", a task) groups
                // methods for it: the methods point to it, it does not become a method itself.
                ConceptEntry known = catalog.byLabel(category);
                if (known != null && !known.types().contains(VocabType.METHOD)) { broader.add(category); continue; }
                // A category that the label policy refuses cannot be a broader target.
                ConceptEntry group = catalog.add(VocabType.METHOD, category, List.of(), List.of(), List.of(), Source.PAPERS_WITH_CODE);
                if (group != null) { broader.add(category); categoriesOnly.add(group); }
            }
            ConceptEntry method = catalog.add(VocabType.METHOD, casing(name), alts, broader, List.of(), Source.PAPERS_WITH_CODE);
            if (method != null) { added++; methods.add(method); }
        }
        categoriesOnly.removeAll(methods);
        return added;
    }

    /**
     * A category named like a task that the tasks file lists ("Speech Recognition", "Sentence Embedding",
     * "Recommendation Systems") groups the methods for that task; the tasks file is read after the methods,
     * so the check the categories get against curated tasks runs again here, and such a category is a Task only,
     * in the tasks scheme.
     */
    public static void keepTaskCategoriesTasks(java.util.Set<ConceptEntry> categoriesOnly) {
        for (ConceptEntry c : categoriesOnly)
            if (c.types().contains(VocabType.TASK) && c.sources().equals(java.util.EnumSet.of(Source.PAPERS_WITH_CODE)))
                c.retype(VocabType.TASK);
    }

    /** Names like "dhf" are placeholders in the source: short, all lower case, no vowel or no letter. */
    static boolean isJunk(String name) {
        if (name.length() < 2) return true;
        return name.matches("[a-z]{1,4}") && !name.matches(".*[aeiou].*");
    }

    /** Multi-word plain names are common nouns ("Weight Tying" -> "weight tying"); single words and names with acronyms keep their casing. */
    static String casing(String name) {
        return name.contains(" ") && Labels.isPlainPhrase(name) ? Labels.lowerCommonWords(name) : name;
    }

    /** The label of a category concept: a singular common noun ("Activation Functions" -> "activation function"). */
    static String category(String collection) {
        String c = Labels.clean(collection);
        if (c.isEmpty()) return c;
        return Labels.singularLast(Labels.lowerCommonWords(c));
    }
}
