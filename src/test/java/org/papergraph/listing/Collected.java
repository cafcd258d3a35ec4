package org.papergraph.listing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.papergraph.paper.Paper;

/** What a read produced: the papers, and the problems a skipping policy was handed. A plain sink, no mocks. */
final class Collected {
    final List<Paper> papers = new ArrayList<>();
    final List<ListingException> problems = new ArrayList<>();

    /** Reads a stream through format detection, skipping bad records. */
    static Collected skipping(InputStream in, String fileName) {
        Collected c = new Collected();
        try {
            PaperInputs.read(in, fileName, c.papers::add, BadRecordPolicy.skip(c.problems::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** Reads bytes through format detection, skipping bad records. */
    static Collected skipping(byte[] bytes, String fileName) {
        return skipping(new ByteArrayInputStream(bytes), fileName);
    }

    /** Reads a stream through format detection, all or nothing. */
    static Collected failFast(InputStream in, String fileName) {
        Collected c = new Collected();
        try {
            PaperInputs.read(in, fileName, c.papers::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** Reads UTF-8 text through format detection, all or nothing. */
    static Collected failFast(String text, String fileName) {
        return failFast(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    /** Reads a test resource through format detection, all or nothing. */
    static Collected resource(String name) {
        try (InputStream in = Collected.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return failFast(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test resource's bytes. */
    static byte[] bytes(String name) {
        try (InputStream in = Collected.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only paper with this title. */
    Paper titled(String title) {
        return papers.stream().filter(p -> p.title().equals(title)).findFirst()
            .orElseThrow(() -> new AssertionError("no paper titled \"" + title + "\" among " + papers.stream().map(Paper::title).toList()));
    }
}
