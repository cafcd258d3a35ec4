package org.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.rdf.Iris;
import org.papergraph.store.GraphStore;

/**
 * Publishes a written dump: a {@code FILE.sha256} beside it (the {@code sha256sum} format), and,
 * when the dump is in the store's {@code dumps/} folder, a {@code void:dataDump} entry in the
 * store's VoID graph, served at {@code /dumps/FILE}. The folder is inside the store, so a rebuild
 * removes the dumps together with the VoID entries that listed them: the graph they held is gone.
 */
public final class DumpRecorder {
    /** The dumps folder inside the store. */
    public static final String FOLDER = "dumps";
    private static final String VOID = "http://rdfs.org/ns/void#", DCT = "http://purl.org/dc/terms/",
        DCAT = "http://www.w3.org/ns/dcat#", SPDX = "http://spdx.org/rdf/terms#";

    private DumpRecorder() {}

    /** Writes FILE.sha256 and returns the digest in hex. */
    public static String writeChecksum(Path file) throws IOException {
        String hex = sha256(file);
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"), hex + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
        return hex;
    }

    /** Whether a file is in the store's dumps folder (and so is published with it). */
    public static boolean inDumpsFolder(GraphStore store, Path file) {
        Path folder = store.location().resolve(FOLDER).toAbsolutePath().normalize();
        return file.toAbsolutePath().normalize().getParent().equals(folder);
    }

    /** Lists the dump in the VoID graph, replacing an earlier entry for the same file. */
    public static void recordInVoid(GraphStore store, Iris iris, Path file, String mediaType, String sha256, String selection) throws IOException {
        long size = Files.size(file);
        Node graph = iris.graph("void"), dataset = uri(iris.base() + "void"), dump = uri(iris.base() + FOLDER + "/" + file.getFileName());
        store.write(() -> {
            DatasetGraph dsg = store.datasetGraph();
            dsg.deleteAny(graph, dump, Node.ANY, Node.ANY);   // checksum blank nodes of an old entry stay harmlessly unlinked
            dsg.add(graph, dataset, uri(VOID + "dataDump"), dump);
            dsg.add(graph, dump, uri(DCT + "format"), NodeFactory.createLiteralString(mediaType));
            dsg.add(graph, dump, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + mediaType));
            dsg.add(graph, dump, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDnonNegativeInteger));
            dsg.add(graph, dump, uri(DCT + "issued"), NodeFactory.createLiteralDT(LocalDate.now().toString(), XSDDatatype.XSDdate));
            dsg.add(graph, dump, uri(DCT + "description"), NodeFactory.createLiteralString(selection));
            Node checksum = NodeFactory.createBlankNode();
            dsg.add(graph, dump, uri(SPDX + "checksum"), checksum);
            dsg.add(graph, checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
            dsg.add(graph, checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralString(sha256));
        });
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
