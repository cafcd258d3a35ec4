package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.GraphStore;

/** add and remove as a user runs them: on a small built store, with --skip-bad, and with a clear error on bad input. */
class UpdateCommandsTest {
    static final String FORMATS = "src/test/resources/formats/";

    @Test
    void addThenRemoveOnABuiltStore(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "TinyNet: Small Networks\n" + BuildSafetyTest.ABSTRACT + "\n");
        String store = dir.resolve("store").toString();
        assertEquals(0, CommandLineTest.run("build", "--store", store, page.toString()).exit());

        CommandLineTest.Run add = CommandLineTest.run("add", "--store", store, FORMATS + "hf-daily.json");
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("Added 2 paper(s), updated 0"), add.out());

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "A Good Title\n" + BuildSafetyTest.ABSTRACT + "\nA title without its abstract\n");
        long quads;
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) { quads = s.quadCount(); }
        CommandLineTest.Run failed = CommandLineTest.run("add", "--store", store, bad.toString());
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains(bad + ":3"), failed.err());
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) { assertEquals(quads, s.quadCount(), "unchanged"); }

        CommandLineTest.Run skipped = CommandLineTest.run("add", "--store", store, "--skip-bad", bad.toString());
        assertEquals(0, skipped.exit(), skipped.err());
        assertTrue(skipped.out().contains("skipped " + bad + ":3"), skipped.out());
        assertTrue(skipped.out().contains("Added 1 paper(s)"), skipped.out());

        CommandLineTest.Run remove = CommandLineTest.run("remove", "--store", store, "2403.01234", "10.0000/none");
        assertEquals(1, remove.exit());
        assertTrue(remove.err().contains("10.0000/none"), remove.err());
        remove = CommandLineTest.run("remove", "--store", store, "2403.01234");
        assertEquals(0, remove.exit(), remove.err());
        assertTrue(remove.out().contains("arxiv-2403.01234"), remove.out());
    }

    @Test
    void buildWithSkipBadReportsTheSkippedRecords(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "A Good Title\n" + BuildSafetyTest.ABSTRACT + "\nA title without its abstract\n");
        CommandLineTest.Run r = CommandLineTest.run("build", "--store", dir.resolve("store").toString(), "--skip-bad", bad.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("skipped " + bad + ":3"), r.out());
    }
}
