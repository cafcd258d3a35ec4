package org.papergraph.bench;

import java.util.List;

/**
 * Names for synthetic contributions ("SegMambaFlow-XL"), one per paper index and all distinct:
 * the index goes through a seeded bijection of [0, 2^24) and its four 6-bit digits pick three
 * capitalised word parts and a suffix. Parts have no inner capitals and suffixes start with no
 * capital, so a name splits back into its digits one way only: distinct indexes, distinct names.
 */
final class SyntheticNames {
    /** Number of distinct names: papers a corpus can have. */
    static final int CAPACITY = 1 << 24;
    private static final List<String> PARTS = List.of(
        "Seg", "Face", "Lora", "Net", "Former", "Diff", "Mamba", "Flow", "Graph", "Vision", "Token", "Mix",
        "Fusion", "Align", "Sparse", "Dense", "Retro", "Prompt", "Chain", "Mind", "Gen", "Fast", "Deep", "Meta",
        "Hyper", "Quant", "Distill", "Scale", "Vid", "Audio", "Speech", "Point", "Cloud", "Mesh", "Nerf", "Gauss",
        "Splat", "Diffuse", "Tune", "Adapt", "Route", "Expert", "Moe", "Atten", "Conv", "Res", "Trans", "Code",
        "Math", "Reason", "Agent", "Tool", "Plan", "Robo", "Nav", "Map", "Depth", "Pose", "Motion", "Track",
        "Edit", "Paint", "Sketch", "Lens");
    private static final List<String> SUFFIXES = List.of(
        "", "2", "3", "4", "5", "-XL", "-L", "-S", "-B", "-v2", "-v3", "++", "-1B", "-3B", "-7B", "-13B",
        "-Lite", "-Pro", "-Max", "-Mini", "-Zero", "-R1", "-X", "-Plus", "-Net", "-GPT", "-LM", "-VL", "-RL",
        "-Bench", "-Eval", "-QA", "-Instruct", "-Chat", "-Coder", "-Math", "-Vision", "-Audio", "-Edit", "-Gen",
        "-Flash", "-Nano", "-Base", "-Large", "-Small", "-Tiny", "-Huge", "-H", "-M", "-T", "-U", "-V", "-Z",
        "-A", "-E", "-I", "-O", "-K", "-P", "-D", "-F", "-G", "-J", "-N");

    private final int multiplier;
    private final int offset;

    SyntheticNames(long seed) {
        // An odd multiplier and any offset make i -> i * m + o a bijection modulo 2^24.
        this.multiplier = (int) (SyntheticPapers.mix(seed) & (CAPACITY - 1)) | 1;
        this.offset = (int) (SyntheticPapers.mix(seed + 1) & (CAPACITY - 1));
    }

    /** The name of paper {@code index}; distinct for distinct indexes below {@link #CAPACITY}. */
    String name(long index) {
        if (index < 0 || index >= CAPACITY) throw new IllegalArgumentException("at most " + CAPACITY + " synthetic papers");
        int x = (int) ((index * multiplier + offset) & (CAPACITY - 1));
        return PARTS.get(x & 63) + PARTS.get(x >>> 6 & 63) + PARTS.get(x >>> 12 & 63) + SUFFIXES.get(x >>> 18 & 63);
    }
}
