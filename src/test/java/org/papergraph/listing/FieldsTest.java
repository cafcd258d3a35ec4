package org.papergraph.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void arxivIds() {
        assertEquals("2403.01234", Fields.arxivId("http://arxiv.org/abs/2403.01234v2"));
        assertEquals("2403.01234", Fields.arxivId("arXiv:2403.01234"));
        assertEquals("0704.0001", Fields.arxivId("0704.0001"));
        assertEquals("hep-th/9901001", Fields.arxivId("http://arxiv.org/abs/hep-th/9901001v3"));
        assertNull(Fields.arxivId("https://openreview.net/forum?id=x"));
    }

    @Test
    void dois() {
        assertEquals("10.18653/v1/2023.acl-long.1", Fields.doi(" https://doi.org/10.18653/V1/2023.ACL-LONG.1 "));
        assertEquals("10.1000/x", Fields.doi("doi:10.1000/X"));
        assertEquals("10.1000/a", Fields.doi("10.1000/A 10.1000/B"));
        assertNull(Fields.doi(" "));
    }

    @Test
    void dates() {
        assertEquals("2024-03-02", Fields.isoDate("2024-03-02T17:59:58.000Z"));
        assertEquals("2024-03-02", Fields.isoDate("2024-03-02"));
        assertEquals("2007-04-02", Fields.isoDate("Mon, 2 Apr 2007 19:18:42 GMT"));
        assertNull(Fields.isoDate("2024-13-40"));
        assertNull(Fields.isoDate("soon"));
    }

    @Test
    void whitespace() {
        assertEquals("a b c", Fields.text("  a\n\t b\u00a0 c "));
        assertEquals("already normal", Fields.text("already normal"));
        assertEquals("a b", Fields.text("a  b"));
        assertEquals("a b", Fields.text("a b "));
        assertEquals("a b", Fields.text(" a b"));
        assertEquals("a b", Fields.text("a\r\nb"));
        assertEquals("", Fields.text(" \n "));
    }
}
