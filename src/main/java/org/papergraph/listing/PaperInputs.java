package org.papergraph.listing;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;

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

    /** Streams every paper of the given files into the sink (no start/finish); the first problem is thrown. */
    public static void readFiles(List<Path> files, PaperSink sink) {
        readFiles(files, sink, BadRecordPolicy.failFast());
    }

    /**
     * Streams every paper of the given files into the sink (no start/finish), handing each bad
     * record, and each file that cannot be read to the end, to the policy.
     */
    public static void readFiles(List<Path> files, PaperSink sink, BadRecordPolicy policy) {
        for (Path file : files) {
            InputStream in;
            try {
                in = Files.newInputStream(file);
            } catch (IOException e) {
                policy.handle(new ListingException(file.toString(), 0, "cannot read: " + e.getMessage(), e));
                continue;
            }
            try (in) {
                read(in, file.toString(), sink, policy);
            } catch (IOException e) {
                policy.handle(new ListingException(file.toString(), 0, "cannot close: " + e.getMessage(), e));
            }
        }
    }

    /** Reads one stream, detecting compression and format; the first problem is thrown. */
    public static void read(InputStream raw, String fileName, PaperSink sink) throws IOException {
        read(raw, fileName, sink, BadRecordPolicy.failFast());
    }

    /**
     * Reads one stream, detecting compression and format. Bad records go to the policy as the
     * reader meets them; a problem that stops the file (unknown format, malformed or truncated
     * input) goes to the policy once, and if the policy returns, this returns.
     */
    public static void read(InputStream raw, String fileName, PaperSink sink, BadRecordPolicy policy) throws IOException {
        ReportedOnce once = new ReportedOnce(policy);
        try {
            BufferedInputStream in = PaperReaders.decompressed(raw);
            PaperReader reader = PaperReaders.detect(in, fileName);
            reader.read(in, fileName, sink, once);
        } catch (ListingException e) {
            once.handle(e);
        } catch (IOException e) {
            String what = e instanceof EOFException ? "truncated input: "
                : e instanceof ZipException ? "corrupt compressed input: " : "cannot read: ";
            once.handle(new ListingException(fileName, 0, what + e.getMessage(), e));
        }
    }

    /** Passes each problem on once: a bad record the policy rethrew is not reported again as it leaves the reader. */
    private static final class ReportedOnce implements BadRecordPolicy {
        private final BadRecordPolicy policy;
        private ListingException last;

        ReportedOnce(BadRecordPolicy policy) { this.policy = policy; }

        @Override
        public void handle(ListingException problem) {
            if (problem == last) throw problem;
            last = problem;
            policy.handle(problem);
        }
    }
}
