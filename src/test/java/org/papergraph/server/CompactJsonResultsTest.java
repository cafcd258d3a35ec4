package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class CompactJsonResultsTest {
    private static final Var ENTITY = Var.alloc("entity");
    private static final Var LABEL = Var.alloc("label");
    private static final Var PAPERS = Var.alloc("papers");

    @Test
    void writesOneLineOfTheStandardMembers() {
        Binding row = BindingFactory.builder()
            .add(ENTITY, NodeFactory.createURI("https://w3id.org/papergraph/entity/lora"))
            .add(LABEL, NodeFactory.createLiteralLang("LoRA", "en"))
            .add(PAPERS, NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger))
            .build();
        assertEquals("{\"head\":{\"vars\":[\"entity\",\"label\",\"papers\"]},\"results\":{\"bindings\":["
            + "{\"entity\":{\"type\":\"uri\",\"value\":\"https://w3id.org/papergraph/entity/lora\"},"
            + "\"label\":{\"type\":\"literal\",\"value\":\"LoRA\",\"xml:lang\":\"en\"},"
            + "\"papers\":{\"type\":\"literal\",\"value\":\"12\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\"}}"
            + "]}}\n", write(rows(row)));
    }

    /** Every kind of term, escapes and unbound variables read back as the same rows as Jena's own writer's output. */
    @Test
    void readsBackAsTheSameRowsAsJenasWriter() {
        Node blank = NodeFactory.createBlankNode();
        RowSetRewindable rows = rows(
            BindingFactory.builder()
                .add(ENTITY, blank)
                .add(LABEL, NodeFactory.createLiteralString("quote \" backslash \\ newline \n tab \t bell \u0007 \u00e9\u4e2d \ud83d\ude00"))
                .add(PAPERS, NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal))
                .build(),
            BindingFactory.builder().add(ENTITY, blank).add(LABEL, NodeFactory.createLiteralDirLang("x", "ar", "rtl")).build(),
            BindingFactory.builder().add(PAPERS, NodeFactory.createTripleTerm(NodeFactory.createURI("http://ex/s"),
                NodeFactory.createURI("http://ex/p"), NodeFactory.createLiteralString("o"))).build(),
            BindingFactory.builder().build());
        RowSetRewindable ours = read(write(rows));
        rows.reset();
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jena, rows, new Context());
        RowSetRewindable theirs = read(jena.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(ENTITY, LABEL, PAPERS), ours.getResultVars());
        assertEquals(4, ours.size());
        assertTrue(ResultSetCompare.equalsByTermAndOrder(ours, theirs), "same rows, same order, same blank node sharing");
        rows.reset();
        ours.reset();
        assertTrue(ResultSetCompare.equalsByTermAndOrder(ours, rows), "same rows as written");
    }

    @Test
    void anAnswerWithoutRowsKeepsItsVariables() {
        assertEquals("{\"head\":{\"vars\":[\"entity\",\"label\",\"papers\"]},\"results\":{\"bindings\":[]}}\n", write(rows()));
    }

    private static RowSetRewindable rows(Binding... bindings) {
        return RowSetMem.create(org.apache.jena.sparql.exec.RowSetStream.create(List.of(ENTITY, LABEL, PAPERS), List.of(bindings).iterator()));
    }

    private static String write(RowSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonResults.register();
        org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
            .write(out, rows, new Context());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RowSetRewindable read(String json) {
        return RowSetMem.create(RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
            .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new Context()));
    }
}
