package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints the bad records a --skip-bad run skipped, one line each with file, line and reason. */
final class Skipped {
    private Skipped() {}

    static void print(List<String> skipped, PrintWriter out) {
        if (skipped.isEmpty()) return;
        out.printf("Skipped %d bad record(s) or file(s):%n", skipped.size());
        for (String s : skipped) out.println("  skipped " + s);
        out.flush();
    }
}
