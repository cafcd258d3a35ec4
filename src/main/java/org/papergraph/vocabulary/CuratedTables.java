package org.papergraph.vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's field-knowledge tables, one TSV per scheme: prefLabel, altLabels, broader
 * prefLabels, extra types; lists inside a column are separated by '|'. Lines starting with '#' are comments.
 */
public final class CuratedTables {
    private CuratedTables() {}

    /** Adds every row of {@code <scheme>.tsv} of each type to the catalogue; returns the number of rows read. */
    public static int addAll(Path curatedDir, ConceptCatalog catalog) throws IOException {
        int rows = 0;
        for (VocabType type : VocabType.values()) {
            Path file = curatedDir.resolve(type.scheme() + ".tsv");
            if (Files.exists(file)) rows += addTable(file, type, catalog);
        }
        return rows;
    }

    /** Adds the rows of one table. */
    static int addTable(Path file, VocabType type, ConceptCatalog catalog) throws IOException {
        int rows = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols[0].isBlank()) throw new IOException(file + ":" + lineNo + ": empty prefLabel");
            List<VocabType> extra = new ArrayList<>();
            for (String t : list(cols, 3)) extra.add(VocabType.ofClassName(t));
            catalog.add(type, cols[0].strip(), list(cols, 1), list(cols, 2), extra, Source.CURATED);
            rows++;
        }
        return rows;
    }

    /** The '|'-separated items of a column, empty if the column is missing. */
    private static List<String> list(String[] cols, int i) {
        if (i >= cols.length || cols[i].isBlank()) return List.of();
        return Arrays.stream(cols[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
