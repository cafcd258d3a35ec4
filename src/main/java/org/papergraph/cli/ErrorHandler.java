package org.papergraph.cli;

import org.papergraph.listing.ListingException;

import picocli.CommandLine;

/** Turns expected failures (bad input, bad arguments) into one clear line and exit status 1; anything else keeps its stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ListingException)) t = t.getCause();
        if (t instanceof ListingException || e instanceof IllegalArgumentException || e instanceof UserError) {
            cl.getErr().println("papergraph: error: " + (t instanceof ListingException ? t.getMessage() : e.getMessage()));
            cl.getErr().println("papergraph: nothing was changed in the store.");
            return 1;
        }
        cl.getErr().println("papergraph: failed: " + e);
        e.printStackTrace(cl.getErr());
        return 2;
    }

    /** A failure caused by what the user asked, reported without a stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) { super(message); }
    }
}
