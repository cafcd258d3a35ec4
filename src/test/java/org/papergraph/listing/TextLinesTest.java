package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextLinesTest {
    private static TextLines lines(byte[] bytes, int maxLine) {
        return new TextLines(new ByteArrayInputStream(bytes), "t.txt", maxLine);
    }

    @Test
    void longLinesAreCutNotHeld() throws Exception {
        TextLines lines = lines(("short\n" + "x".repeat(25) + "\nnext").getBytes(StandardCharsets.UTF_8), 10);
        assertEquals("short", lines.next());
        assertFalse(lines.truncated());
        assertEquals("x".repeat(10), lines.next());
        assertTrue(lines.truncated());
        assertEquals(25, lines.lastLength());
        assertEquals("next", lines.next());
        assertEquals(3, lines.lineNumber());
        assertNull(lines.next());
    }

    @Test
    void badBytesAreReportedOnTheirOwnLineEvenInsideOneBuffer() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("one\ntwo\nthr".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);   // Latin-1 é
        bytes.write("e\n".getBytes(StandardCharsets.UTF_8));
        TextLines lines = lines(bytes.toByteArray(), 100);
        assertEquals("one", lines.next());
        assertEquals("two", lines.next());
        ListingException e = assertThrows(ListingException.class, lines::next);
        assertEquals(3, e.line());
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        byte[] withBom = "\ufefftitle\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("title", lines(withBom, 100).next());
    }
}
