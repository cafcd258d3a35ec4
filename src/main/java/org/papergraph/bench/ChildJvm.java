package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a main class of this program in a JVM of its own, with the same java, classpath and heap
 * options as this one, so the JIT compiles its code with that run's profile alone.
 */
final class ChildJvm {
    private ChildJvm() {}

    /** The command line that starts {@code main} with {@code args}. */
    static List<String> command(Class<?> main, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (isCarriedOver(option)) cmd.add(option);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        return cmd;
    }

    /** Heap and VM options; not agents or a flight recording, which would profile or write files twice. */
    private static boolean isCarriedOver(String option) {
        return option.startsWith("-X") && !option.contains("FlightRecord");
    }

    /** Runs the command, handing each line it prints to {@code lines}; its errors go to ours. Fails unless it exits with 0. */
    static void run(List<String> command, Consumer<String> lines) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) lines.accept(line);
            }
            int status = p.waitFor();
            if (status != 0) throw new IllegalStateException("child JVM exited with " + status + ": " + String.join(" ", command));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child JVM", e);
        }
    }
}
