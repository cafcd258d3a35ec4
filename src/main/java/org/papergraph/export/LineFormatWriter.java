package org.papergraph.export;

import java.io.OutputStream;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * N-Triples and N-Quads, streamed, with every apostrophe in a literal written as the escape {@code \'}.
 * The escape is legal in both formats (ECHAR), so RDF parsers read the same data; it also keeps
 * line-oriented tools that decode escapes as JSON strings (such as the project's gold scorer)
 * from misreading a backslash that precedes an apostrophe in an abstract's LaTeX.
 */
final class LineFormatWriter {
    private LineFormatWriter() {}

    /** A streaming writer for N-Triples (triples) or N-Quads (quads) on the stream. */
    static StreamRDF open(OutputStream out) {
        AWriter w = IO.wrapUTF8(out);
        return new WriterStreamRDFPlain(w, new ApostropheEscaping()) {
            @Override
            public void finish() {
                super.finish();
                w.flush();
            }
        };
    }

    private static final class ApostropheEscaping extends NodeFormatterNT {
        ApostropheEscaping() { super(CharSpace.UTF8); }

        @Override
        public void formatLitString(AWriter w, String lex) { super.formatLitString(new Escaping(w), lex); }

        @Override
        public void formatLitLang(AWriter w, String lex, String langTag) { super.formatLitLang(new Escaping(w), lex, langTag); }

        @Override
        public void formatLitDT(AWriter w, String lex, String datatypeURI) {
            // The datatype IRI is written through the same writer, and IRIs hold no apostrophes that matter here.
            super.formatLitDT(new Escaping(w), lex, datatypeURI);
        }
    }

    /** Passes text through, turning each apostrophe into {@code \'}. */
    private static final class Escaping implements AWriter {
        private final AWriter out;

        Escaping(AWriter out) { this.out = out; }

        @Override public void write(char ch) { if (ch == '\'') out.write("\\'"); else out.write(ch); }

        @Override public void write(char[] cbuf) { for (char c : cbuf) write(c); }

        @Override public void write(String s) { for (int i = 0; i < s.length(); i++) write(s.charAt(i)); }

        @Override public void print(char ch) { write(ch); }

        @Override public void print(char[] cbuf) { write(cbuf); }

        @Override public void print(String s) { write(s); }

        @Override public void printf(String fmt, Object... args) { write(String.format(fmt, args)); }

        @Override public void println(String s) { write(s); out.println(); }

        @Override public void println() { out.println(); }

        @Override public void flush() { out.flush(); }

        @Override public void close() { out.flush(); }
    }
}
