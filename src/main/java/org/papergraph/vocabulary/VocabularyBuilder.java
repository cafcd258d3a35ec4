package org.papergraph.vocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Build-time generator of the SKOS vocabularies: curated tables first (they decide labels and
 * types), then the Papers with Code files; writes one Turtle file per scheme and the NOTICE.
 * Usage: {@code VocabularyBuilder [--sources DIR] [--out DIR]}.
 */
public final class VocabularyBuilder {
    private VocabularyBuilder() {}

    /** Command-line entry point. */
    public static void main(String[] args) throws IOException {
        Path sources = Path.of("../shared/vocab-sources");
        Path out = Path.of("ontology/vocabularies");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sources" -> sources = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: VocabularyBuilder [--sources DIR] [--out DIR]");
            }
        }
        Map<VocabType, Integer> counts = build(sources, out);
        counts.forEach((t, n) -> System.out.println(t.scheme() + ": " + n + " concepts"));
    }

    /** Builds the catalogue from the curated tables in {@code out/curated} and the sources, writes it, and returns the counts per scheme. */
    public static Map<VocabType, Integer> build(Path sources, Path out) throws IOException {
        return build(sources, out.resolve("curated"), out);
    }

    /** Builds from explicit folders (tests write to a scratch folder) and returns the counts per scheme. */
    public static Map<VocabType, Integer> build(Path sources, Path curated, Path out) throws IOException {
        ConceptCatalog catalog = new ConceptCatalog(LabelPolicy.load(curated));
        CuratedTables.addAll(curated, catalog);
        java.util.Set<ConceptEntry> categories = new java.util.HashSet<>();
        PwcMethods.addAll(sources.resolve("pwc-methods.json"), catalog, categories);
        PwcTasks.addAll(sources, catalog);
        PwcMethods.keepTaskCategoriesTasks(categories);
        for (String problem : catalog.resolveBroader()) System.err.println("warning: " + problem);
        Map<VocabType, Integer> counts = new EnumMap<>(VocabType.class);
        for (VocabType type : VocabType.values()) {
            List<ConceptEntry> inScheme = new ArrayList<>();
            for (ConceptEntry c : catalog.all()) if (c.type() == type) inScheme.add(c);
            SchemeWriter.write(out, type, inScheme);
            counts.put(type, inScheme.size());
        }
        NoticeWriter.write(sources, out);
        return counts;
    }
}
