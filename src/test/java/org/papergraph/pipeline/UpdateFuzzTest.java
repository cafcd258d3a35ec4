package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.papergraph.pipeline.UpdateFixtures.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.papergraph.listing.BadRecordPolicy;
import org.papergraph.listing.ListingException;
import org.papergraph.listing.PaperInputs;
import org.papergraph.paper.Paper;

/**
 * Mutated and truncated copies of valid inputs (seeded, so a failure replays) through add. Every run
 * either succeeds or fails with a ListingException naming the file and leaves the store exactly as
 * it was; with --skip-bad it never fails and changes exactly the papers of the good records and the runs graph.
 */
class UpdateFuzzTest {
    static final long SEED = 20240304L;
    static final int CASES = 240;
    static final List<String> FIXTURES = List.of("hf-daily.json", "arxiv-atom.xml", "pwc-papers-with-abstracts.json",
        "acl-2023.acl.xml", "arxiv-snapshot.jsonl", "listing.txt");

    @Test
    void mutatedInputsKeepBothGuarantees() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> originals = new ArrayList<>();
        for (String f : FIXTURES)
            originals.add(f.equals("listing.txt") ? (SPARSE_MOA + "\n" + ABSTRACT + "\nTinyNet: Small Networks\n" + ABSTRACT + "\n").getBytes(StandardCharsets.UTF_8)
                : Files.readAllBytes(FORMATS.resolve(f)));
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        PaperUpdater updater = new PaperUpdater(IRIS);
        updater.add(dsg, List.of(fixture("hf-daily.json")), false);
        int failed = 0, skippedSome = 0;
        for (int i = 0; i < CASES; i++) {
            int which = random.nextInt(FIXTURES.size());
            String name = "case-" + i + "-" + FIXTURES.get(which);
            byte[] bytes = mutate(originals.get(which), random);
            boolean skipBad = i % 2 == 1;
            Set<Quad> before = quads(dsg);
            try {
                UpdateReport r = updater.add(dsg, List.of(UpdateInput.of(name, bytes)), skipBad);
                if (skipBad) {
                    checkExactlyTheGoodRecords(dsg, before, r, name, bytes);
                    if (!r.skipped().isEmpty()) skippedSome++;
                }
            } catch (ListingException e) {
                if (skipBad) fail(name + ": --skip-bad failed: " + e.getMessage());
                assertTrue(e.getMessage().contains(name), name + ": the error does not name the file: " + e.getMessage());
                assertEquals(before, quads(dsg), name + ": the store changed after " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                throw new AssertionError(name + " (seed " + SEED + "): crashed without a clear error", e);
            }
        }
        assertTrue(failed > CASES / 10, "the mutations should break many inputs, broke " + failed);
        assertTrue(skippedSome > CASES / 20, "--skip-bad should have skipped records in many cases, did in " + skippedSome);
    }

    /** With --skip-bad: the papers the reader accepted are stored, and nothing else changed but the runs graph. */
    private static void checkExactlyTheGoodRecords(DatasetGraph dsg, Set<Quad> before, UpdateReport r, String name, byte[] bytes) throws Exception {
        List<Paper> good = new ArrayList<>();
        PaperInputs.read(new ByteArrayInputStream(bytes), name, good::add, BadRecordPolicy.skip(p -> {}));
        assertEquals(good.size(), r.read(), name);
        Set<String> touched = new HashSet<>(r.keys());
        for (String key : touched) assertTrue(graphsOf(dsg, key).contains(""), name + ": " + key + " has no paper graph");
        Set<Quad> after = quads(dsg);
        Set<Quad> untouchedBefore = new HashSet<>(before), untouchedAfter = new HashSet<>(after);
        // The runs graph records the run; the statistics graph is derived from the papers.
        untouchedBefore.removeIf(q -> belongsTo(q, touched) || derived(q));
        untouchedAfter.removeIf(q -> belongsTo(q, touched) || derived(q));
        assertEquals(untouchedBefore, untouchedAfter, name + ": papers outside the run changed");
    }

    private static boolean derived(Quad q) {
        return q.getGraph().equals(IRIS.graph("runs")) || q.getGraph().equals(IRIS.graph("statistics"));
    }

    private static boolean belongsTo(Quad q, Set<String> keys) {
        String g = q.getGraph().getURI();
        for (String key : keys) {
            String main = IRIS.paperGraph(key).getURI();
            if (g.equals(main) || g.startsWith(main + "/")) return true;
        }
        // A record that moved a title-only paper to its arXiv key removed that paper's old graphs.
        return g.contains("/graph/paper/t-");
    }

    /** One to three random edits: truncation, byte flips, garbage, deletion, duplication, or a bad encoding. */
    static byte[] mutate(byte[] in, Random random) {
        byte[] b = in.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b = java.util.Arrays.copyOf(b, at);
                case 1 -> { for (int k = 0; k < 1 + random.nextInt(4); k++) b[random.nextInt(b.length)] = (byte) random.nextInt(256); }
                case 2 -> b = splice(b, at, at, randomBytes(random, 1 + random.nextInt(16)));
                case 3 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
                case 4 -> b = splice(b, at, at, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(200))));
                default -> b = splice(b, at, at, new byte[] {(byte) 0xC3});   // half of a UTF-8 sequence
            }
        }
        return b;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] r = new byte[n];
        random.nextBytes(r);
        return r;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
