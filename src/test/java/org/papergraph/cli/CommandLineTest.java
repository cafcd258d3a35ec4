package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.it.BuiltCorpus;

import picocli.CommandLine;

/** The verbs as a user runs them, on the store built from the bundled corpus. */
class CommandLineTest {
    static final String STORE = BuiltCorpus.STORE.toString();

    @BeforeAll
    static void build() {
        BuiltCorpus.ensureBuilt();
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = PapergraphCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyVerbHasHelp() {
        for (String verb : new String[] {"build", "serve", "export", "validate", "query"}) {
            Run r = run(verb, "--help");
            assertEquals(0, r.exit(), verb);
            assertTrue(r.out().contains("--store"), verb + ": " + r.out());
        }
    }

    @Test
    void exportWritesNQuadsWithEveryPaperGraph() throws Exception {
        Path out = Files.createTempFile(Path.of("target"), "export", ".nq");
        Run r = run("export", "--store", STORE, "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString());
        long paperGraphs = 0, sourceGraphs = 0;
        for (var it = ds.listNames(); it.hasNext(); ) {
            String g = it.next();
            // graph/paper/{key} holds a paper's text and extraction, graph/paper/{key}/{source} what its source said.
            if (g.matches(".*/graph/paper/[^/]+")) paperGraphs++;
            else if (g.matches(".*/graph/paper/[^/]+/listing")) sourceGraphs++;
        }
        assertEquals(485, paperGraphs);
        assertEquals(485, sourceGraphs);
    }

    @Test
    void exportTurtleAndJsonLdParse() throws Exception {
        for (String format : new String[] {"turtle", "jsonld", "trig"}) {
            Path out = Files.createTempFile(Path.of("target"), "export", "." + format);
            assertEquals(0, run("export", "--store", STORE, "--format", format, "--out", out.toString()).exit(), format);
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(text.contains("SegFace"), format);
        }
    }

    @Test
    void unknownFormatIsAClearError() {
        Run r = run("export", "--store", STORE, "--format", "docx");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("unknown format 'docx'"), r.err());
    }

    @Test
    void validateReportsConformance() {
        Run r = run("validate", "--store", STORE);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void queryOnAMissingStoreSaysSo() {
        Run r = run("query", "--store", "target/no-such-store", "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("run 'papergraph build' first"), r.err());
    }
}
