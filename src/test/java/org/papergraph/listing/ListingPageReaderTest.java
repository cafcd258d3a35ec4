package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Paper;

class ListingPageReaderTest {
    private static final String A1 = "We study how easy training data helps on hard test data and find that models generalise surprisingly well.";
    private static final String A2 = "We propose a sparse mixture of adapters that matches full fine-tuning while training few parameters.";
    private static final String HEADER = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n";

    private static List<Paper> read(String text) {
        return Collected.failFast(text, "page.txt").papers;
    }

    private static ListingException failure(String text) {
        return assertThrows(ListingException.class, () -> read(text));
    }

    @Test
    void titlesAndAbstractsWithoutBlankLines() {
        List<Paper> papers = read("First Paper\n" + A1 + "\nSecond Paper\n" + A2 + "\n");
        assertEquals(List.of("First Paper", "Second Paper"), papers.stream().map(Paper::title).toList());
        assertEquals(A2, papers.get(1).abstractText());
        assertEquals(3, papers.get(1).source().line());
        assertEquals("listing", papers.get(0).metadata().sourceName());
    }

    @Test
    void titlesAndAbstractsWithBlankLinesAndWindowsLineBreaks() {
        List<Paper> papers = read("\r\nFirst   Paper\r\n\r\n" + A1 + "\r\n\r\n\r\nSecond Paper\r\n\r\n" + A2);
        assertEquals(List.of("First Paper", "Second Paper"), papers.stream().map(Paper::title).toList());
        assertEquals(2, papers.get(0).source().line());
        assertEquals(7, papers.get(1).source().line());
    }

    @Test
    void pageHeaderAndSubscribeGluedToTheFirstTitleAreDropped() {
        List<Paper> papers = read(HEADER + "SubscribeThe Unreasonable Effectiveness of Easy Data\n" + A1 + "\n");
        assertEquals("The Unreasonable Effectiveness of Easy Data", papers.get(0).title());
        assertEquals(3, papers.get(0).source().line());
    }

    @Test
    void standaloneSubscribeAndDateLinesAreDropped() {
        List<Paper> papers = read(HEADER + "Subscribe\nMar 11\nFirst Paper\n" + A1 + "\nMarch 12, 2024\nSecond Paper\n" + A2 + "\n");
        assertEquals(List.of("First Paper", "Second Paper"), papers.stream().map(Paper::title).toList());
    }

    @Test
    void emptyFileAndHeaderOnlyFileFail() {
        assertTrue(failure("").getMessage().startsWith("page.txt:1: no papers found"));
        assertTrue(failure(HEADER + "Subscribe\n").getMessage().contains("no papers found"));
    }

    @Test
    void binaryFileFails() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
        ListingException e = assertThrows(ListingException.class,
            () -> Collected.failFast(new ByteArrayInputStream(binary), "image.txt"));
        assertEquals("image.txt", e.file());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void nulByteFailsWithItsLine() {
        ListingException e = failure("First Paper\n" + A1 + "\nSec\0ond\n");
        assertEquals(3, e.line());
    }

    @Test
    void titleWithoutAbstractNamesTheFileAndTheTitlesLine() {
        ListingException e = failure("First Paper\n" + A1 + "\n\nOrphan Title\nSecond Paper\n" + A2 + "\n");
        assertInstanceOf(BadRecordException.class, e);
        assertEquals("page.txt", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("\"Orphan Title\""), e.getMessage());
    }

    @Test
    void titleWithoutAbstractAtTheEnd() {
        ListingException e = failure("First Paper\n" + A1 + "\nLast Title\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("at the end of the file"), e.getMessage());
    }

    @Test
    void skippingGoesOnAfterAnOrphanTitleAndAnAbstractWithoutTitle() {
        String text = "First Paper\n" + A1 + "\nOrphan Title\nSecond Paper\n" + A2 + "\n" + "x".repeat(500) + "\nThird Paper\n" + A1 + "\n";
        Collected c = Collected.skipping(text.getBytes(StandardCharsets.UTF_8), "page.txt");
        assertEquals(List.of("First Paper", "Second Paper", "Third Paper"), c.papers.stream().map(Paper::title).toList());
        assertEquals(List.of(3L, 6L), c.problems.stream().map(ListingException::line).toList());
        assertTrue(c.problems.get(1).getMessage().contains("500-character line"), c.problems.get(1).getMessage());
    }

    @Test
    void bundledCorpusStillReads() {
        List<Paper> papers = new ArrayList<>();
        PaperInputs.readBundled(papers::add);
        assertTrue(papers.size() > 20, "papers: " + papers.size());
        assertTrue(papers.stream().noneMatch(p -> p.title().startsWith("Subscribe")));
    }
}
