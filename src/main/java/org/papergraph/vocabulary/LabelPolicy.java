package org.papergraph.vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.papergraph.recognize.EntityKeys;

/**
 * Which strings may be vocabulary labels. Ordinary English words would make the extractor match
 * plain prose, and names coined by the bundled corpus papers must be found by the extractor itself,
 * so both lists are kept out of every scheme.
 */
public final class LabelPolicy {
    private final Set<String> stopKeys;
    private final Set<String> excludedKeys;

    LabelPolicy(Set<String> stopKeys, Set<String> excludedKeys) {
        this.stopKeys = stopKeys;
        this.excludedKeys = excludedKeys;
    }

    /** Reads {@code stopwords.txt} and {@code excluded.txt} from the curated folder (missing files are empty lists). */
    public static LabelPolicy load(Path curatedDir) throws IOException {
        return new LabelPolicy(keys(curatedDir.resolve("stopwords.txt")), keys(curatedDir.resolve("excluded.txt")));
    }

    /** The matching keys of the non-comment lines of a list file. */
    static Set<String> keys(Path file) throws IOException {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(file)) return keys;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) keys.add(EntityKeys.key(t));
        }
        return keys;
    }

    /** True if the string may be a label: not blank, 2 to 80 characters, has a letter, not a stop word nor a coined name. */
    public boolean allows(String label) {
        if (label == null) return false;
        String t = label.strip();
        if (t.length() < 2 || t.length() > 80 || !t.matches(".*\\p{L}.*")) return false;
        String key = EntityKeys.key(t);
        return !key.isEmpty() && !stopKeys.contains(key) && !excludedKeys.contains(key);
    }
}
