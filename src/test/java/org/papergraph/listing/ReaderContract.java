package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Paper;

/**
 * What every structured format's reader must do with good and bad input. Each format's test
 * extends this with a document builder that puts record n on line {@code firstRecordLine() + n - 1}.
 */
abstract class ReaderContract {
    /** One record to write; null fields are left out. */
    record Rec(String title, String abstractText) {}

    static final String ABSTRACT = "We propose a method and evaluate it on three benchmarks with strong baselines.";

    abstract PaperReader reader();

    /** A file name that does not give the format away. */
    String fileName() { return "input.dat"; }

    /** A document holding the records, record n (1-based) starting on line firstRecordLine() + n - 1. */
    abstract String document(List<Rec> records);

    abstract long firstRecordLine();

    /** How record n is named in messages, e.g. "arXiv 2403.00002". */
    abstract String recordId(int n);

    /** A document with a syntax error in its second record. */
    abstract String malformed();

    static List<Rec> good(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Rec("Paper Number " + i, ABSTRACT)).toList();
    }

    private Collected skipping(String text) {
        return Collected.skipping(text.getBytes(StandardCharsets.UTF_8), fileName());
    }

    private ListingException failure(byte[] bytes) {
        return assertThrows(ListingException.class, () -> Collected.failFast(new ByteArrayInputStream(bytes), fileName()));
    }

    private ListingException failure(String text) {
        return failure(text.getBytes(StandardCharsets.UTF_8));
    }

    private long lineOf(int record) { return firstRecordLine() + record - 1; }

    @Test
    void detectedFromContentWhateverTheName() throws Exception {
        byte[] doc = document(good(2)).getBytes(StandardCharsets.UTF_8);
        PaperReader detected = PaperReaders.detect(new BufferedInputStream(new ByteArrayInputStream(doc)), "papers.txt");
        assertEquals(reader().formatName(), detected.formatName());
    }

    @Test
    void goodRecordsArriveInOrderWithTheirLines() {
        Collected c = Collected.failFast(document(good(3)), fileName());
        assertEquals(List.of("Paper Number 1", "Paper Number 2", "Paper Number 3"), c.papers.stream().map(Paper::title).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(fileName(), c.papers.get(i).source().file());
            assertEquals(lineOf(i + 1), c.papers.get(i).source().line());
            assertEquals(reader().formatName(), c.papers.get(i).metadata().sourceName());
        }
    }

    @Test
    void recordWithoutAbstractFailsNamingRecordFileAndLine() {
        List<Rec> recs = new ArrayList<>(good(3));
        recs.set(1, new Rec("Paper Number 2", null));
        ListingException e = failure(document(recs));
        assertInstanceOf(BadRecordException.class, e);
        assertEquals(fileName(), e.file());
        assertEquals(lineOf(2), e.line());
        assertTrue(e.getMessage().contains("record 2 (" + recordId(2) + "): no abstract"), e.getMessage());
    }

    @Test
    void skippingKeepsGoodRecordsAndReportsEachBadOneWithItsReason() {
        List<Rec> recs = List.of(
            new Rec("Paper Number 1", ABSTRACT),
            new Rec(null, ABSTRACT),
            new Rec("Paper Number 3", ABSTRACT),
            new Rec("Paper Number 4", "  "),
            new Rec("T".repeat(2_001), ABSTRACT),
            new Rec("Paper Number 6", "word ".repeat(20_001)),
            new Rec("Paper Number 7", ABSTRACT));
        Collected c = skipping(document(recs));
        assertEquals(List.of("Paper Number 1", "Paper Number 3", "Paper Number 7"), c.papers.stream().map(Paper::title).toList());
        assertEquals(List.of(
                fileName() + ":" + lineOf(2) + ": record 2 (" + recordId(2) + "): no title",
                fileName() + ":" + lineOf(4) + ": record 4 (" + recordId(4) + "): no abstract",
                fileName() + ":" + lineOf(5) + ": record 5 (" + recordId(5) + "): title of 2001 characters (more than 2000)",
                fileName() + ":" + lineOf(6) + ": record 6 (" + recordId(6) + "): abstract of 100004 characters (more than 100000)"),
            c.problems.stream().map(Throwable::getMessage).toList());
    }

    @Test
    void syntaxErrorFailsWithItsLine() {
        ListingException e = failure(malformed());
        assertEquals(fileName(), e.file());
        assertEquals(lineOf(2), e.line(), e.getMessage());
    }

    @Test
    void syntaxErrorIsReportedOnceWhenSkipping() {
        Collected c = skipping(malformed());
        assertEquals(1, c.problems.size(), c.problems.toString());
        assertEquals(List.of("Paper Number 1"), c.papers.stream().map(Paper::title).toList());
    }

    @Test
    void truncatedInputFailsWithItsLine() {
        String doc = document(good(3));
        ListingException e = failure(doc.substring(0, doc.indexOf("Paper Number 3") + 5));
        assertEquals(fileName(), e.file());
        assertEquals(lineOf(3), e.line(), e.getMessage());
    }

    @Test
    void nulByteFailsWithItsLine() {
        ListingException e = failure(document(good(3)).replace("Paper Number 2", "Paper\0Number 2"));
        assertEquals(lineOf(2), e.line(), e.getMessage());
    }

    @Test
    void wrongEncodingFailsWithItsLine() {
        // Latin-1 bytes where UTF-8 is declared or assumed: é is a lone 0xE9.
        byte[] latin1 = document(good(3)).replace("Paper Number 2", "Caf\u00e9 Number 2").getBytes(StandardCharsets.ISO_8859_1);
        ListingException e = failure(latin1);
        assertEquals(lineOf(2), e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void binaryInputFails() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 37 + 11);
        ListingException e = assertThrows(ListingException.class,
            () -> reader().read(new ByteArrayInputStream(binary), fileName(), p -> {}));
        assertEquals(fileName(), e.file());
    }

    @Test
    void emptyFileFails() {
        ListingException e = assertThrows(ListingException.class,
            () -> reader().read(new ByteArrayInputStream(new byte[0]), fileName(), p -> {}));
        assertEquals(fileName(), e.file());
        assertEquals(1, e.line());
    }

    @Test
    void fileWithoutRecordsFails() {
        // Read directly: an empty array or feed has nothing to detect the format from.
        byte[] empty = document(List.of()).getBytes(StandardCharsets.UTF_8);
        ListingException e = assertThrows(ListingException.class,
            () -> reader().read(new ByteArrayInputStream(empty), fileName(), p -> {}));
        assertTrue(e.getMessage().contains("no papers found"), e.getMessage());
    }
}
