package org.papergraph.listing;

import java.util.function.Consumer;

/**
 * What to do with bad input: the reader hands each problem to the policy, which either throws
 * (everything stops: the default, all or nothing) or returns, and reading goes on. Record-level
 * problems ({@link BadRecordException}: no title, no abstract, absurd size) skip that record; a
 * file-level problem (malformed JSON or XML, truncation, binary content, empty file) skips the
 * rest of that file and reading goes on with the next file. Each problem is reported once.
 *
 * <pre>{@code
 * List<ListingException> skipped = new ArrayList<>();
 * PaperInputs.readFiles(files, sink, BadRecordPolicy.skip(skipped::add));
 * }</pre>
 */
@FunctionalInterface
public interface BadRecordPolicy {

    /** Handles one problem: throw to stop reading, return to go on with the next record or file. */
    void handle(ListingException problem);

    /** All or nothing: the first problem is thrown. */
    static BadRecordPolicy failFast() {
        return problem -> { throw problem; };
    }

    /** Skips bad records and files, passing each problem to the log (a list's add, a printer to stderr, ...). */
    static BadRecordPolicy skip(Consumer<? super ListingException> log) {
        return log::accept;
    }
}
