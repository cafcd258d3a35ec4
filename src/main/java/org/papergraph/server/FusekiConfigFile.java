package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.query.ARQ;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.store.TextIndexing;

/**
 * Reads the Fuseki configuration and points it at the store being served: its TDB2 dataset and its
 * text index (the index lives inside the store folder, so a rebuild swaps both in together).
 */
public final class FusekiConfigFile {
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String BUNDLED = "fuseki/config.ttl";
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#location");
    private static final Property TEXT_DIRECTORY = ResourceFactory.createProperty("http://jena.apache.org/text#directory");
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private FusekiConfigFile() {}

    /** The configuration model with the store's absolute paths; a non-null timeout replaces the file's. */
    static Model forStore(Path configFile, Path store, Double queryTimeoutSeconds) {
        Model model = read(configFile);
        replace(model, TDB2_LOCATION, store.toAbsolutePath().toString());
        replace(model, TEXT_DIRECTORY, store.resolve(TextIndexing.FOLDER).toAbsolutePath().toString());
        if (queryTimeoutSeconds != null) setQueryTimeout(model, Math.round(queryTimeoutSeconds * 1000));
        return model;
    }

    /** The configuration file, or the bundled one. */
    public static Model read(Path configFile) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = configFile != null ? Files.newInputStream(configFile)
                : FusekiConfigFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki configuration " + configFile, e);
        }
        return model;
    }

    private static void replace(Model model, Property p, String value) {
        List<Statement> old = model.listStatements(null, p, (RDFNode) null).toList();
        for (Statement s : old) {
            s.remove();
            model.add(s.getSubject(), p, value);
        }
    }

    /** Sets arq:queryTimeout (milliseconds) on every query endpoint's ja:context, replacing any value there. */
    private static void setQueryTimeout(Model model, long millis) {
        Property context = model.createProperty(JA, "context");
        Property name = model.createProperty(JA, "cxtName");
        Property value = model.createProperty(JA, "cxtValue");
        Property operation = model.createProperty(FUSEKI, "operation");
        String symbol = Symbol.create(ARQ.queryTimeout.getSymbol()).getSymbol();
        for (Resource endpoint : model.listSubjectsWithProperty(operation, model.createResource(FUSEKI + "query")).toList()) {
            for (Statement s : endpoint.listProperties(context).toList()) {
                Resource c = s.getResource();
                String n = c.hasProperty(name) ? c.getProperty(name).getString() : "";
                if (n.equals("arq:queryTimeout") || n.equals(symbol)) s.remove();
            }
            endpoint.addProperty(context, model.createResource().addProperty(name, "arq:queryTimeout").addProperty(value, Long.toString(millis)));
        }
    }
}
