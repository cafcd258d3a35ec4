package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.papergraph.recognize.EntityKeys;

/**
 * The vocabulary is field knowledge: it must not list the names that the corpus papers coin, or
 * the extractor's scores would measure the vocabulary instead of the extraction.
 */
class CoinedNamesTest {

    /** Names and aliases of every proposed entity in the gold, plus coined title prefixes ("SegFace: ..."). */
    static Set<String> coinedNames() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = CoinedNamesTest.class.getResourceAsStream("/dev-gold.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode paper = json.readTree(line);
                for (JsonNode e : paper.path("entities")) {
                    if (!"proposed".equals(e.path("role").asText())) continue;
                    names.add(e.path("name").asText());
                    e.path("aliases").forEach(a -> names.add(a.asText()));
                }
                String title = paper.path("title").asText();
                int colon = title.indexOf(':');
                // A short title prefix with capitals inside a word ("SegFace", "ArFake") is a coined name.
                if (colon > 0) {
                    String prefix = title.substring(0, colon).strip();
                    if (prefix.split(" ").length <= 3 && !Labels.isPlainPhrase(prefix)) names.add(prefix);
                }
            }
        }
        return names;
    }

    @Test
    void noLabelIsANameThatACorpusPaperCoins() throws IOException {
        Set<String> labels = GeneratedVocabularies.labelKeys();
        Set<String> clashes = new TreeSet<>();
        for (String name : coinedNames()) {
            if (labels.contains(EntityKeys.key(name))) clashes.add(name);
        }
        assertTrue(clashes.isEmpty(), () -> "coined names in the vocabulary: " + clashes);
    }

    @Test
    void theGoldHoldsCoinedNames() throws IOException {
        // Guards the guard: an empty or unreadable gold file would let every name through.
        assertTrue(coinedNames().size() > 100);
        assertTrue(coinedNames().contains("SegFace"));
    }
}
