package org.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The papergraph command line: verbs first, each a thin layer over one service. */
@Command(name = "papergraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Builds a knowledge graph of machine-learning papers and serves it over SPARQL.",
    subcommands = {BuildCommand.class, AddCommand.class, RemoveCommand.class, ServeCommand.class, ExportCommand.class,
        ValidateCommand.class, QueryCommand.class, EvalCommand.class, GenerateCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class PapergraphCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, for main and for tests. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new PapergraphCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
