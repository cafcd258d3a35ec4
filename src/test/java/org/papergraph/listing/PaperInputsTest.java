package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.paper.Paper;

/** The bad-record policy across files: all or nothing by default, skip and report with {@link BadRecordPolicy#skip}. */
class PaperInputsTest {
    @TempDir Path dir;

    private List<Path> files() throws Exception {
        Files.write(dir.resolve("a-hf.json"), Collected.bytes("formats/hf-daily.json"));
        String snapshot = new String(Collected.bytes("formats/arxiv-snapshot.jsonl"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-snapshot.jsonl"), snapshot.replace("\"abstract\":\"  We study kernel", "\"summary\":\"  We study kernel"));
        Files.writeString(dir.resolve("c-broken.xml"), "<?xml version=\"1.0\"?>\n<collection id=\"2023.x\">\n<volume id=\"1\">\n<paper id=\"1\">");
        Files.write(dir.resolve("d-unknown.bin"), new byte[] {'{', 0, 1, 2});
        Files.write(dir.resolve("e-acl.xml"), Collected.bytes("formats/acl-2023.acl.xml"));
        return PaperInputs.expand(List.of(dir));
    }

    @Test
    void failFastIsTheDefaultAndStopsAtTheFirstProblem() throws Exception {
        List<Paper> papers = new ArrayList<>();
        ListingException e = assertThrows(ListingException.class, () -> PaperInputs.readFiles(files(), papers::add));
        assertEquals(dir.resolve("b-snapshot.jsonl").toString(), e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().endsWith("record 2 (arXiv 0704.0042): no abstract"), e.getMessage());
        assertEquals(3, papers.size());   // two from the first file, one before the bad record
    }

    @Test
    void skippingReadsEveryGoodRecordAndReportsEachProblemOnce() throws Exception {
        List<Paper> papers = new ArrayList<>();
        List<ListingException> skipped = new ArrayList<>();
        PaperInputs.readFiles(files(), papers::add, BadRecordPolicy.skip(skipped::add));
        assertEquals(2 + 2 + 2, papers.size());
        assertEquals(List.of("b-snapshot.jsonl:2", "c-broken.xml:4", "d-unknown.bin:1"),
            skipped.stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line()).toList());
        assertInstanceOf(BadRecordException.class, skipped.get(0));
        assertTrue(skipped.get(1).getMessage().contains("truncated XML"), skipped.get(1).getMessage());
        assertTrue(skipped.get(2).getMessage().contains("unknown input format"), skipped.get(2).getMessage());
    }

    @Test
    void aPolicyThatGivesUpStopsWithItsOwnExceptionAndSeesEachProblemOnce() throws Exception {
        List<ListingException> seen = new ArrayList<>();
        RuntimeException stop = new IllegalStateException("too many errors");
        BadRecordPolicy upToOne = problem -> {
            seen.add(problem);
            if (seen.size() > 1) throw stop;
        };
        assertSame(stop, assertThrows(IllegalStateException.class, () -> PaperInputs.readFiles(files(), p -> {}, upToOne)));
        assertEquals(2, seen.size());
    }

    @Test
    void aFailFastPolicyRethrowingIsNotReportedTwice() {
        List<ListingException> seen = new ArrayList<>();
        BadRecordPolicy logAndThrow = problem -> {
            seen.add(problem);
            throw problem;
        };
        String hf = "[{\"paper\": {\"id\": \"2403.00001\", \"title\": \"T\"}}]";
        assertThrows(BadRecordException.class, () -> PaperInputs.read(
            new java.io.ByteArrayInputStream(hf.getBytes(StandardCharsets.UTF_8)), "x.json", p -> {}, logAndThrow));
        assertEquals(1, seen.size());
    }

    @Test
    void missingFileIsReportedWhenSkipping() {
        List<ListingException> skipped = new ArrayList<>();
        PaperInputs.readFiles(List.of(dir.resolve("gone.json")), p -> {}, BadRecordPolicy.skip(skipped::add));
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).getMessage().contains("cannot read"), skipped.get(0).getMessage());
    }
}
