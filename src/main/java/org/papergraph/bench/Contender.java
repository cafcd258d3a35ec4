package org.papergraph.bench;

import java.util.Locale;

import org.papergraph.pipeline.PaperSource;
import org.papergraph.rdf.Iris;

/** The three passes the extraction bench compares; each is measured in a JVM of its own. */
enum Contender {
    /** OpenNLP's sentence detector, tokenizer and POS tagger as shipped: the floor. */
    FLOOR {
        @Override ExtractionBench.Throughput run(PaperSource source, int threads, Iris iris) {
            return ExtractionBench.floor(source, threads, false);
        }
    },
    /** The same NLP steps by the pipeline's own memoized tokenizer and beam tagger. */
    OWN_NLP_FLOOR {
        @Override ExtractionBench.Throughput run(PaperSource source, int threads, Iris iris) {
            return ExtractionBench.floor(source, threads, true);
        }
    },
    /** The build's extraction: analysis with lemmas, recognition, linking and mapping to quads. */
    PIPELINE {
        @Override ExtractionBench.Throughput run(PaperSource source, int threads, Iris iris) {
            return ExtractionBench.pipeline(source, threads, iris);
        }
    };

    /** One pass over the papers of {@code source}. */
    abstract ExtractionBench.Throughput run(PaperSource source, int threads, Iris iris);

    /** The name on the child's command line and in the JSON report ("own_nlp_floor"). */
    String key() { return name().toLowerCase(Locale.ROOT); }

    static Contender of(String key) { return valueOf(key.toUpperCase(Locale.ROOT)); }
}
