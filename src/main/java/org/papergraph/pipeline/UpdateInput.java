package org.papergraph.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.papergraph.rdf.UpdateRunDescriber;

/** One input of an update: a file, or bytes uploaded to the server under a file name. */
public record UpdateInput(String name, Opener opener) {

    /** Opens the input's bytes (again) from the start. */
    @FunctionalInterface
    public interface Opener { InputStream open() throws IOException; }

    public static UpdateInput of(Path file) { return new UpdateInput(file.toString(), () -> Files.newInputStream(file)); }

    public static UpdateInput of(String name, byte[] bytes) { return new UpdateInput(name, () -> new ByteArrayInputStream(bytes)); }

    public InputStream open() throws IOException { return opener.open(); }

    /** The input's name, SHA-256 and size, read in one pass of its own so a reader that stops early does not change it. */
    public UpdateRunDescriber.Input digest() throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes = 0;
        try (InputStream in = new DigestInputStream(open(), sha)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) bytes += n;
        }
        return new UpdateRunDescriber.Input(name, HexFormat.of().formatHex(sha.digest()), bytes);
    }
}
