package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.PaperSink;

/** Large inputs stream through: what is live on the heap stays flat however much text goes by. */
class LargeInputTest {
    private static final int RECORDS = 200_000;
    private static final String ABSTRACT = "We propose a method for parameter-efficient fine-tuning of large language models and "
        + "evaluate it on GLUE, SuperGLUE and SQuAD, where it matches full fine-tuning while training a fraction of the weights. ";
    /** 200k papers of ~1 KB each would take several hundred MB as Strings if they were held. */
    private static final long MAX_GROWTH = 48L << 20;

    /** Counts papers and samples the live heap every 50,000 papers. */
    private static final class HeapWatch implements PaperSink {
        final long baseline = live();
        long maxGrowth;
        int papers;

        @Override
        public void paper(org.papergraph.paper.Paper paper) {
            if (++papers % 50_000 == 0) maxGrowth = Math.max(maxGrowth, live() - baseline);
        }

        private static long live() {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
    }

    private static void assertStreams(InputStream in, String name) throws Exception {
        HeapWatch watch = new HeapWatch();
        PaperInputs.read(in, name, watch);
        assertEquals(RECORDS, watch.papers);
        assertTrue(watch.maxGrowth < MAX_GROWTH, "live heap grew by " + (watch.maxGrowth >> 20) + " MB");
    }

    @Test
    void jsonLinesSnapshot() throws Exception {
        assertStreams(new GeneratedInput("", i -> "{\"id\":\"2403." + String.format("%05d", i % 100_000)
            + "\",\"submitter\":\"A\",\"title\":\"Paper " + i + "\",\"abstract\":\"" + ABSTRACT.repeat(3)
            + "\",\"categories\":\"cs.CL cs.LG\",\"authors_parsed\":[[\"Okafor\",\"Mira\",\"\"]]}", "\n", "\n", RECORDS), "big.jsonl");
    }

    @Test
    void jsonArrayOfPapersWithCode() throws Exception {
        assertStreams(new GeneratedInput("[\n", i -> "{\"paper_url\":\"https://paperswithcode.com/paper/p" + i + "\",\"title\":\"Paper " + i
            + "\",\"abstract\":\"" + ABSTRACT.repeat(3) + "\",\"authors\":[\"Mira Okafor\"],\"tasks\":[\"Question Answering\"]}",
            ",\n", "\n]", RECORDS), "big.json");
    }
}
