package org.papergraph.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL 1.1 JSON results (application/sparql-results+json) written compactly through a buffer.
 * Jena's own writer pretty-prints through an indenting writer that handles every character on its
 * own (indentation checks, padding): on a warm server it took about a third of the time of a
 * 250-row answer, which it made 100 KB long, most of it spaces. Same members, same values; ASK
 * answers, which are a few bytes, stay with Jena's writer.
 */
final class CompactJsonResults implements RowSetWriter {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final int BUFFER = 1 << 14;

    private CompactJsonResults() {}

    /**
     * Makes this the writer of JSON results in this JVM. Fuseki picks the writer from Jena's global
     * registry when it answers; the registry has no per-server entry. Jena's initialisation fills the
     * registry with its defaults, so it runs first (otherwise it would replace this writer later).
     */
    static void register() {
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new CompactJsonResults());
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        try {
            write(w, rowSet, context);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        try {
            new Document(out).write(rowSet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        JENA.write(out, result, context);
    }

    /** One answer being written: its blank node labels are scoped to it. */
    private static final class Document {
        private final Writer out;
        private final Map<Node, String> blankLabels = new HashMap<>();

        Document(Writer out) { this.out = out; }

        void write(RowSet rowSet) throws IOException {
            List<Var> vars = rowSet.getResultVars();
            out.write("{\"head\":{\"vars\":[");
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) out.write(',');
                string(vars.get(i).getVarName());
            }
            out.write("]},\"results\":{\"bindings\":[");
            boolean first = true;
            while (rowSet.hasNext()) {
                if (!first) out.write(',');
                first = false;
                row(vars, rowSet.next());
            }
            out.write("]}}\n");
        }

        private void row(List<Var> vars, Binding b) throws IOException {
            out.write('{');
            boolean first = true;
            for (Var v : vars) {
                Node n = b.get(v);
                if (n == null) continue;   // unbound: no member, as in Jena's writer
                if (!first) out.write(',');
                first = false;
                string(v.getVarName());
                out.write(':');
                term(n);
            }
            out.write('}');
        }

        private void term(Node n) throws IOException {
            if (n.isURI()) member("uri", n.getURI(), null, null);
            else if (n.isBlank()) member("bnode", blankLabels.computeIfAbsent(n, k -> "b" + blankLabels.size()), null, null);
            else if (n.isLiteral()) literal(n);
            else if (n.isTripleTerm()) triple(n.getTriple());
            else throw new IllegalArgumentException("not an RDF term in a result: " + n);
        }

        private void literal(Node n) throws IOException {
            if (Util.isLangString(n) || Util.isDirLangString(n)) {
                out.write("{\"type\":\"literal\",\"value\":");
                string(n.getLiteralLexicalForm());
                out.write(",\"xml:lang\":");
                string(n.getLiteralLanguage());
                TextDirection dir = n.getLiteralBaseDirection();
                if (dir != null && dir != Node.noTextDirection) {
                    out.write(",\"its:dir\":");
                    string(dir.direction());
                }
                out.write('}');
            } else {
                String datatype = n.getLiteralDatatypeURI();
                member("literal", n.getLiteralLexicalForm(), "datatype",
                    datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI()) ? null : datatype);
            }
        }

        private void triple(Triple t) throws IOException {
            out.write("{\"type\":\"triple\",\"value\":{\"subject\":");
            term(t.getSubject());
            out.write(",\"predicate\":");
            term(t.getPredicate());
            out.write(",\"object\":");
            term(t.getObject());
            out.write("}}");
        }

        /** {"type":type,"value":value} with one optional extra member. */
        private void member(String type, String value, String extraName, String extraValue) throws IOException {
            out.write("{\"type\":\"");
            out.write(type);
            out.write("\",\"value\":");
            string(value);
            if (extraValue != null) {
                out.write(",\"");
                out.write(extraName);
                out.write("\":");
                string(extraValue);
            }
            out.write('}');
        }

        /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259, section 7). */
        private void string(String s) throws IOException {
            out.write('"');
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c != '"' && c != '\\') continue;
                out.write(s, start, i - start);
                out.write(escape(c));
                start = i + 1;
            }
            out.write(s, start, s.length() - start);
            out.write('"');
        }

        private static String escape(char c) {
            return switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> String.format("\\u%04x", (int) c);
            };
        }
    }
}
