package org.papergraph.vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes NOTICE.md: the credit to Papers with Code and the provenance paragraph of the sources README. */
final class NoticeWriter {
    private NoticeWriter() {}

    /** Writes the notice into the output folder, quoting the "From:" lines of {@code README.md} in the sources folder. */
    static void write(Path sourcesDir, Path outDir) throws IOException {
        StringBuilder from = new StringBuilder();
        Path readme = sourcesDir.resolve("README.md");
        if (Files.exists(readme)) {
            boolean inFrom = false;
            for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                if (line.startsWith("From:")) inFrom = true;
                if (inFrom && line.isBlank()) break;
                if (inFrom) from.append(line).append('\n');
            }
        }
        String text = String.join("\n", List.of(
                "# Notice",
                "",
                "The vocabularies in this folder (`methods.ttl`, `datasets.ttl`, `tasks.ttl`, `metrics.ttl`,",
                "`concepts.ttl`) are derived in part from the **Papers with Code** catalogue",
                "(https://paperswithcode.com), licensed under the Creative Commons Attribution-ShareAlike 4.0",
                "International licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/).",
                "Only facts were taken: method names, full names and categories; task names and parent tasks;",
                "the names of the datasets and metrics listed for a task. No description texts were used.",
                "Concepts derived from Papers with Code carry `dcterms:source <https://paperswithcode.com/>`.",
                "",
                "The derived vocabularies are shared under the same licence, CC BY-SA 4.0.",
                "",
                "The other entries come from the papergraph project's own tables of field knowledge in",
                "`curated/` and are released under the same licence.",
                "",
                "## Sources",
                "",
                "Papers with Code data as found in public repositories:",
                "",
                from.toString().strip(),
                ""));
        Files.writeString(outDir.resolve("NOTICE.md"), text, StandardCharsets.UTF_8);
    }
}
