package org.papergraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files are exactly what the generator writes now: reproducible and up to date. */
class RegenerationTest {
    @TempDir
    Path out;

    @Test
    void regeneratingGivesTheCommittedFiles() throws IOException {
        Path sources = Path.of(System.getProperty("papergraph.shared", "../shared"), "vocab-sources");
        assumeTrue(Files.isDirectory(sources), "vocabulary sources not on this machine");
        VocabularyBuilder.build(sources, GeneratedVocabularies.DIR.resolve("curated"), out);
        for (VocabType t : VocabType.values()) {
            String file = t.scheme() + ".ttl";
            assertEquals(Files.readString(GeneratedVocabularies.DIR.resolve(file)), Files.readString(out.resolve(file)),
                    file + " differs: run ontology/vocabularies/regenerate.sh");
        }
        assertEquals(Files.readString(GeneratedVocabularies.DIR.resolve("NOTICE.md")), Files.readString(out.resolve("NOTICE.md")));
    }
}
