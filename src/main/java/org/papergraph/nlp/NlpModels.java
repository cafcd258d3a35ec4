package org.papergraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English UD models of Apache OpenNLP (from the opennlp-models-*-en jars), loaded once per JVM.
 * Models are thread-safe and shared; the ME tools built on them are not, so each thread makes
 * its own {@link TextAnalyzer}.
 */
public final class NlpModels {
    private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentenceModel;
    final TokenizerModel tokenizerModel;
    final POSModel posModel;
    final LemmatizerModel lemmatizerModel;
    /**
     * The lemmatizer's memo, shared by every analyzer of the process: ~20-40 MB for 65,536
     * contexts, two generations of them, enough for the common words of a large corpus.
     */
    final OutcomeMemo lemmaMemo = new OutcomeMemo(LEMMA_MEMO_ENTRIES);
    private static final int LEMMA_MEMO_ENTRIES = 1 << 17;
    /** The tokenizer's memo of whitespace-free pieces and their splits, shared likewise: ~15 MB at most. */
    final GenerationalMemo<String, int[]> tokenMemo = new GenerationalMemo<>(TOKEN_MEMO_ENTRIES);
    private static final int TOKEN_MEMO_ENTRIES = 1 << 17;

    private NlpModels() throws IOException {
        sentenceModel = new SentenceModel(open(SENTENCE));
        tokenizerModel = new TokenizerModel(open(TOKENS));
        posModel = new POSModel(open(POS));
        lemmatizerModel = new LemmatizerModel(open(LEMMAS));
    }

    /** The models of this JVM, loaded on first use. */
    public static NlpModels get() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                if (shared == null) {
                    try {
                        shared = new NlpModels();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the OpenNLP models", e);
                    }
                }
                m = shared;
            }
        }
        return m;
    }

    /** A new analyzer for the calling thread. */
    public TextAnalyzer newAnalyzer() { return new TextAnalyzer(this); }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException("OpenNLP model not on the classpath: " + name);
        return in;
    }
}
