package org.papergraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of one phase: the largest heap in use (sampled every 50 ms, and the heap pools'
 * peaks), and the process's peak resident set (VmHWM, reset at the start where the kernel allows,
 * else the process's peak so far) with its anonymous part (VmRSS's RssAnon, sampled), since
 * memory-mapped TDB2 files count as resident too.
 */
final class MemoryWatch implements AutoCloseable {
    /** Peaks in MiB. */
    record Peaks(long heapMb, long rssMb, long anonRssMb, boolean rssReset) {}

    private static final Path STATUS = Path.of("/proc/self/status");
    private final Thread sampler;
    private final boolean rssReset;
    private volatile boolean running = true;
    private long peakHeap;
    private long peakAnon;

    MemoryWatch() {
        rssReset = resetPeakRss();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        sampler = new Thread(this::sample, "papergraph-memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            peakAnon = Math.max(peakAnon, statusKb("RssAnon:") << 10);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling and returns the peaks. */
    Peaks peaks() {
        running = false;
        sampler.interrupt();
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) pools += pool.getPeakUsage().getUsed();
        // The sum of per-pool peaks can exceed the true peak (pools peak at different times); take the sampled peak unless it is missing.
        long heap = peakHeap > 0 ? peakHeap : pools;
        return new Peaks(heap >> 20, statusKb("VmHWM:") >> 10, peakAnon >> 20, rssReset);
    }

    @Override
    public void close() { running = false; sampler.interrupt(); }

    /** Writing 5 to clear_refs resets VmHWM (Linux 4.0+); not allowed everywhere. */
    private static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A "Name:   123 kB" line of /proc/self/status in kB, or 0 off Linux. */
    static long statusKb(String name) {
        try {
            for (String line : Files.readAllLines(STATUS))
                if (line.startsWith(name)) return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
