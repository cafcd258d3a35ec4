package org.papergraph.bench;

import java.lang.management.ManagementFactory;

/** The machine a benchmark ran on, and how busy it was when it started. */
public record MachineInfo(int cores, long maxHeapMb, String jvm, String os, double loadAverage, int threads) {
    /** The machine now. */
    static MachineInfo current(int threads) {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
            System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
            System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), threads);
    }
}
