package org.papergraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds a whole new store with TDB2's bulk loader and swaps it in only when the build succeeded,
 * so a failed build leaves the old store exactly as it was.
 */
public final class StoreBuilder {
    private StoreBuilder() {}

    /** System property choosing TDB2's file mode for {@code papergraph build}: {@code mapped} (default) or {@code direct}. */
    public static final String FILE_MODE_PROPERTY = "papergraph.build.fileMode";

    /**
     * Makes this process open TDB2 files in {@code direct} mode when the system property
     * {@value #FILE_MODE_PROPERTY} is {@code direct}; call it before any store is opened.
     *
     * <p>Not the default: with the launcher's 1 GiB heap, direct mode keeps the build's RSS flat
     * (1.3 GiB from 2k to 100k papers) but at 100k papers Jena's heap block caches fill the heap in
     * the loader's secondary index phase and the JVM spends its time in full GCs (500+ in 15 min).
     * Mapped mode always completes; its extra resident pages are the store's files, which the
     * kernel can reclaim.
     *
     * <p>Why: in TDB2's default {@code mapped} mode (64-bit JVMs) every page of the indexes the
     * bulk loader touches counts in the process's resident set (RssFile), and its index phase
     * touches all of them, so peak RSS grew with the store (3.2 GiB at 20k papers under
     * {@code -Xmx1g}). In direct mode the files are read and written through the kernel's page
     * cache, outside the process, with an LRU block cache on the heap (fixed by Jena 5.6:
     * 10,000 read + 2,000 write blocks of 8 KiB per index file, at most ~96 MB a file).
     *
     * <p>The mode is process-wide in Jena 5.6 (B+trees take it from {@code SystemIndex}, not from
     * a database's {@code StoreParams}) and is fixed by the first store opened, so only
     * {@code papergraph build} calls this: {@code serve}, queries and tests keep mapped mode. The
     * file format does not depend on the mode, and nothing about it is written into the store.
     *
     * @return the mode in force
     */
    public static FileMode useBuildFileMode() {
        FileMode mode = FileMode.valueOf(System.getProperty(FILE_MODE_PROPERTY, FileMode.mapped.name()));
        if (mode == FileMode.direct) {
            SystemIndex.setFileMode(mode);
            org.apache.jena.tdb2.sys.SystemTDB.setFileMode(mode);
        }
        return SystemIndex.fileMode();
    }

    /** Result of a build: quads loaded. */
    public record Loaded(long quads) {}

    /** Work on the loaded store before it is swapped in (derived graphs, the text index); a failure cancels the swap. */
    @FunctionalInterface
    public interface AfterLoad {
        void apply(Path storeFolder, DatasetGraph dsg);

        AfterLoad NONE = (folder, dsg) -> {};
    }

    /**
     * Runs the producer against a bulk-loading stream into a fresh database next to {@code target},
     * then replaces {@code target} with it. On any exception nothing at {@code target} changes.
     */
    public static Loaded replace(Path target, Consumer<StreamRDF> producer) {
        return replace(target, producer, AfterLoad.NONE);
    }

    /** As {@link #replace(Path, Consumer)}, running {@code afterLoad} on the new store before the swap. */
    public static Loaded replace(Path target, Consumer<StreamRDF> producer, AfterLoad afterLoad) {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling(absolute.getFileName() + ".building");
        deleteTree(staging);
        long quads;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(staging.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
            loader.startBulk();
            try {
                producer.accept(loader.stream());
            } catch (RuntimeException | Error e) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
            loader.finishBulk();
            quads = loader.countQuads() + loader.countTriples();
            afterLoad.apply(staging, dsg);
        } catch (RuntimeException | Error e) {
            TDBInternal.expel(dsg, true);
            deleteTree(staging);
            throw e;
        }
        TDBInternal.expel(dsg, true);
        swap(staging, absolute);
        return new Loaded(quads);
    }

    private static void swap(Path staging, Path target) {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new store into place at " + target, e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
