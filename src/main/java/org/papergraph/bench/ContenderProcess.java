package org.papergraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.papergraph.listing.PaperInputs;
import org.papergraph.pipeline.PaperSource;
import org.papergraph.rdf.Iris;

/**
 * One contender's rounds in a JVM of its own: the bench starts it with {@link #measure}, and the child
 * ({@link #main}) runs the warm-up corpus once, then its rounds over the corpus, reporting each.
 */
final class ContenderProcess {
    private ContenderProcess() {}

    /** Runs {@code contender} in a child JVM over the corpus files; each round it reports is logged as it ends. */
    static SteadyStateExtraction.Rounds measure(Contender contender, Path corpus, Path warmUpCorpus, int threads, Consumer<String> log) {
        ContenderProtocol.Reader reader = new ContenderProtocol.Reader((phase, t) -> log.accept(String.format(
            "%s, %s round: %.1f papers/s, %.1f s CPU, JIT %,d ms", contender.key(), phase.label, t.papersPerSecond(), t.cpuSeconds(), t.jitMillis())), log);
        ChildJvm.run(ChildJvm.command(ContenderProcess.class,
            List.of(contender.key(), corpus.toString(), warmUpCorpus.toString(), Integer.toString(threads))), reader);
        return reader.rounds();
    }

    /** The child: {@code contender corpus warm-up-corpus threads}; prints the protocol's lines. */
    public static void main(String[] args) {
        Contender contender = Contender.of(args[0]);
        PaperSource source = files(Path.of(args[1]));
        int threads = Integer.parseInt(args[3]);
        Iris iris = Iris.standard();
        // Compiles the hot code on other papers first, so the first round does not pay for all of the JIT.
        contender.run(files(Path.of(args[2])), threads, iris);
        SteadyStateExtraction.Rounds rounds = SteadyStateExtraction.run(contender, source, threads, iris,
            (phase, t) -> say(ContenderProtocol.roundLine(phase, t)));
        say(ContenderProtocol.endLine(rounds));
        System.exit(0);   // the pipeline's worker pools may keep non-daemon threads
    }

    private static PaperSource files(Path corpus) { return sink -> PaperInputs.readFiles(List.of(corpus), sink); }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
