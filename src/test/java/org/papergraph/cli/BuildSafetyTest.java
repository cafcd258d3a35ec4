package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.GraphStore;

/** A build that meets bad input names the file and line and leaves the existing store exactly as it was. */
class BuildSafetyTest {
    static final String ABSTRACT = "We propose TinyNet, a compact convolutional network for image classification that reaches an accuracy of 91.2% on CIFAR-10 with few parameters.";

    @Test
    void badInputFailsWithFileAndLineAndKeepsTheOldStore(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "TinyNet: Small Networks\n" + ABSTRACT + "\n");
        Path store = dir.resolve("store");
        CommandLineTest.Run first = CommandLineTest.run("build", "--store", store.toString(), good.toString());
        assertEquals(0, first.exit(), first.err());
        long quadsBefore;
        try (GraphStore s = GraphStore.open(store)) {
            quadsBefore = s.quadCount();
        }

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "A Good Title\n" + ABSTRACT + "\nA title without its abstract\n");
        CommandLineTest.Run second = CommandLineTest.run("build", "--store", store.toString(), good.toString(), bad.toString());
        assertEquals(1, second.exit());
        assertTrue(second.err().contains(bad + ":3"), second.err());
        assertTrue(second.err().contains("title without abstract"), second.err());
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(quadsBefore, s.quadCount(), "the store is unchanged");
        }
    }

    @Test
    void binaryFileIsRejectedByName(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("model.bin");
        Files.write(bin, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, (byte) 0xff, (byte) 0xfe, 0, 1});
        CommandLineTest.Run r = CommandLineTest.run("build", "--store", dir.resolve("store").toString(), bin.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(bin.toString()), r.err());
        assertTrue(!Files.exists(dir.resolve("store")) || GraphStore.isEmpty(dir.resolve("store")));
    }
}
