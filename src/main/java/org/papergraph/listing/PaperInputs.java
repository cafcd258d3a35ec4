package org.papergraph.listing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.papergraph.paper.PaperSink;

/** Opens input files (or folders of them, or the bundled corpus) and streams their papers into one sink. */
public final class PaperInputs {
    /** Classpath folder of the bundled example corpus. */
    public static final String BUNDLED_CORPUS = "corpus/";
    private static final List<String> BUNDLED_FILES = List.of(
        "000_d6de02b3018455ea.txt", "001_197c2f1fcd476a6f.txt", "002_62160a2b7d8cacb2.txt",
        "003_b2972b01b4ab024d.txt", "004_248ea73e84badda3.txt");

    private PaperInputs() {}

    /** Names of the bundled corpus files, as shown in provenance. */
    public static List<String> bundledNames() {
        return BUNDLED_FILES.stream().map(f -> BUNDLED_CORPUS + f).toList();
    }

    /** Streams the bundled corpus into the sink (no start/finish). */
    public static void readBundled(PaperSink sink) {
        for (String name : bundledNames()) {
            try (InputStream in = PaperInputs.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("bundled corpus file missing from the jar: " + name);
                read(in, name, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Expands folders into the regular files below them, sorted, so runs are reproducible. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new ListingException(p.toString(), 0, "no such file or folder");
            }
        }
        return files;
    }

    /** Streams every paper of the given files (folders expanded) into the sink (no start/finish). */
    public static void readFiles(List<Path> files, PaperSink sink) {
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                read(in, file.toString(), sink);
            } catch (IOException e) {
                throw new ListingException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
            }
        }
    }

    /** Reads one stream, detecting compression and format. */
    public static void read(InputStream raw, String fileName, PaperSink sink) throws IOException {
        BufferedInputStream in = PaperReaders.decompressed(raw);
        PaperReader reader = PaperReaders.detect(in, fileName);
        try {
            reader.read(in, fileName, sink);
        } catch (java.io.EOFException e) {
            throw new ListingException(fileName, 0, "truncated input: " + e.getMessage(), e);
        }
    }
}
