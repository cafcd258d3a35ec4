package org.papergraph.pipeline;

import java.util.List;

/**
 * What an add or remove run did.
 *
 * @param run      the IRI of the run's description in the runs graph
 * @param read     papers read from the inputs
 * @param added    papers that were not in the store
 * @param updated  papers already in the store that were replaced or gained a source
 * @param removed  papers removed
 * @param skipped  bad records skipped (with --skip-bad), one "file:line: reason" each
 * @param keys     the keys of the papers written or removed, in input order
 */
public record UpdateReport(String run, long read, long added, long updated, long removed, List<String> skipped, List<String> keys) {}
