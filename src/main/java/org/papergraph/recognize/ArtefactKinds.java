package org.papergraph.recognize;

import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.Token;

/**
 * The kind words of proposals ("framework", "dataset", "metric") and what they decide. A kind word alone says only
 * what sort of artefact a phrase is, never which one, so the proposal finders use it to tell a name or a described
 * artefact from a bare kind; some kinds are said rather than built (a "finding") or only describe the paper's approach
 * (a "framework"), and the kind of the head types the proposal as a dataset, metric or method.
 */
final class ArtefactKinds {
    /** Heads that say only what kind of artefact it is. */
    static final Set<String> GENERIC = Set.of("framework", "method", "approach", "model", "technique", "algorithm", "strategy",
        "scheme", "architecture", "pipeline", "system", "dataset", "benchmark", "metric", "way", "solution", "mechanism",
        "module", "paradigm", "tool", "toolkit", "library", "analysis", "study", "set", "suite", "loss", "objective",
        "network", "idea", "concept", "measure", "formulation", "procedure", "family", "collection", "corpus", "variant",
        "version", "extension", "modification", "design", "recipe", "setup", "protocol", "task", "problem", "evaluation",
        "investigation", "theory", "perspective", "view", "insight", "finding", "result", "series", "number", "use",
        "conclusion", "evidence", "line", "test", "experiment", "work", "characterisation", "characterization", "observation",
        "case", "example", "understanding", "account", "survey", "review", "overview", "comparison", "template",
        "bound", "proof", "question", "hypothesis", "explanation", "baseline", "data", "application", "implementation",
        "direction", "property", "code");
    /** Kinds of what a paper says rather than builds ("several potential future directions", "new theoretical insights"). */
    static final Set<String> NOT_BUILT = Set.of("direction", "insight", "finding", "result", "conclusion", "observation",
        "evidence", "question", "perspective", "view", "understanding", "account", "explanation", "hypothesis", "proof", "bound",
        "theory", "evaluation", "investigation", "comparison", "survey", "review", "overview", "example", "case", "experiment");
    /** Kinds that, described, still only describe the paper's approach ("a unifying theoretical framework"). */
    static final Set<String> DESCRIBED_ONLY = Set.of("framework", "method");

    /** Kinds of artefact built to do something. */
    static final Set<String> DEVICES = Set.of("algorithm", "method", "model", "technique", "architecture", "network");

    private ArtefactKinds() {}

    /** A word naming the kind of artefact, whatever its tag. */
    static boolean kind(Token k) {
        String w = k.text().toLowerCase(Locale.ROOT);
        return GENERIC.contains(w) || w.endsWith("s") && GENERIC.contains(w.substring(0, w.length() - 1));
    }

    /** The type a proposal's head noun gives: datasets, metrics and benchmarks by name, else a method. */
    static EntityType typeOfHead(String head) {
        return switch (head) {
            case "dataset", "benchmark", "corpus", "suite", "collection", "testbed" -> EntityType.DATASET;
            case "metric", "score", "measure", "index" -> EntityType.METRIC;
            // Other measure heads ("distance", "divergence", "rate") name metrics too: "Handwriting Distance (HWD)".
            default -> TypeGuesser.fromHead(head) == EntityType.METRIC ? EntityType.METRIC : EntityType.METHOD;
        };
    }
}
