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
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads the Fuseki configuration and points its TDB2 dataset at the store being served. */
final class FusekiConfigFile {
    static final String BUNDLED = "fuseki/config.ttl";
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#location");

    private FusekiConfigFile() {}

    /** The configuration model with every tdb2:location replaced by the store's absolute path. */
    static Model forStore(Path configFile, Path store) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = configFile != null ? Files.newInputStream(configFile)
                : FusekiConfigFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki configuration " + configFile, e);
        }
        List<Statement> locations = model.listStatements(null, TDB2_LOCATION, (org.apache.jena.rdf.model.RDFNode) null).toList();
        for (Statement s : locations) {
            s.remove();
            model.add(s.getSubject(), TDB2_LOCATION, store.toAbsolutePath().toString());
        }
        return model;
    }
}
