package org.papergraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Builds the Lucene text index of a freshly loaded store, inside the store folder, from the index
 * definition of the bundled {@code fuseki/config.ttl} (the same one the server opens), so the
 * server and a stock Fuseki query an index that matches the data they serve.
 */
public final class TextIndexing {
    /** The index folder inside the store. */
    public static final String FOLDER = "text-index";

    private TextIndexing() {}

    /** Indexes every quad whose predicate the entity map lists; returns the number of entries. */
    public static long index(Path storeFolder, DatasetGraph dsg) {
        Resource indexSpec = indexSpec(storeFolder.resolve(FOLDER));
        TextIndex index = (TextIndex) Assembler.general().open(indexSpec);
        long n = 0;
        try {
            EntityDefinition def = index.getDocDef();
            Set<Node> predicates = new LinkedHashSet<>();
            for (String field : def.fields()) predicates.addAll(def.getPredicates(field));
            n = Txn.calculateRead(dsg, () -> {
                long count = 0;
                for (Node p : predicates) {
                    var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        Entity e = TextQueryFuncs.entityFromQuad(def, q);
                        if (e != null) {
                            index.addEntity(e);
                            count++;
                        }
                    }
                }
                return count;
            });
            index.commit();
        } finally {
            index.close();
        }
        return n;
    }

    /** The text:TextIndexLucene resource of the bundled configuration, pointed at the given folder. */
    private static Resource indexSpec(Path folder) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = TextIndexing.class.getClassLoader().getResourceAsStream("fuseki/config.ttl")) {
            if (in == null) throw new IllegalStateException("fuseki/config.ttl is missing from the jar");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Resource spec = model.listSubjectsWithProperty(RDF.type, TextVocab.textIndexLucene).next();
        spec.removeAll(TextVocab.pDirectory);
        spec.addProperty(TextVocab.pDirectory, folder.toAbsolutePath().toString());
        return spec;
    }
}
