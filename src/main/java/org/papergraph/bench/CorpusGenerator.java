package org.papergraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes large synthetic corpora recombined from the bundled one, streaming: memory does not
 * depend on the number of papers. The same seed always gives the same file.
 */
public final class CorpusGenerator {
    private final SyntheticPapers papers;

    public CorpusGenerator(long seed) {
        this.papers = new SyntheticPapers(CorpusPool.bundled(), seed);
    }

    /** Writes {@code count} papers to {@code out} (gzip when the name ends in .gz); reports progress every 10,000. */
    public void write(long count, CorpusFormat format, Path out, LongConsumer progress) {
        if (count > SyntheticNames.CAPACITY) throw new IllegalArgumentException("at most " + SyntheticNames.CAPACITY + " papers");
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Writer w = open(out)) {
                format.header(w);
                for (long i = 0; i < count; i++) {
                    format.write(papers.paper(i), w);
                    if ((i + 1) % 10_000 == 0) progress.accept(i + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private static Writer open(Path out) throws IOException {
        OutputStream raw = Files.newOutputStream(out);
        if (out.getFileName().toString().endsWith(".gz")) raw = new GZIPOutputStream(raw, 1 << 16);
        return new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
    }
}
