package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** The memoized tokenizer gives exactly OpenNLP's TokenizerME spans, from a cold, warm or constantly rotating memo. */
class MemoizedTokenizerTest {
    @Test
    void sameTokensAsOpenNlpOnEveryCorpusText() {
        NlpModels models = NlpModels.get();
        TokenizerME reference = new TokenizerME(models.tokenizerModel);
        MemoizedTokenizer memoized = new MemoizedTokenizer(new TokenizerME(models.tokenizerModel), new GenerationalMemo<>(1 << 16));
        MemoizedTokenizer rotating = new MemoizedTokenizer(new TokenizerME(models.tokenizerModel), new GenerationalMemo<>(2));
        List<String> texts = new ArrayList<>();
        PaperInputs.readBundled(p -> { texts.add(p.title()); texts.add(p.abstractText()); });
        // Pieces the model splits, as the corpus writes them: brackets, final stops, dashes, possessives.
        texts.add("Low-Rank Adaptation (LoRA), e.g. GPT-JT) and approaches---VarGrad's 73.87% FLOPs reduction in UniFD.");
        int splits = 0;
        for (int pass = 0; pass < 2; pass++)   // the second pass answers from a warm memo
            for (String text : texts) {
                Span[] expected = reference.tokenizePos(text);
                assertArrayEquals(expected, memoized.tokenizePos(text), text);
                assertArrayEquals(expected, rotating.tokenizePos(text), text);
                splits += expected.length;
            }
        assertTrue(texts.size() > 900 && splits > 100_000, "the whole bundled corpus was compared");
    }

    @Test
    void splitsTheModelMakesAreKept() {
        NlpModels models = NlpModels.get();
        MemoizedTokenizer memoized = new MemoizedTokenizer(new TokenizerME(models.tokenizerModel), new GenerationalMemo<>(64));
        String text = "face parsing (FP), on CelebAMask-HQ.";
        for (int pass = 0; pass < 2; pass++)
            assertArrayEquals(new String[] {"face", "parsing", "(", "FP", ")", ",", "on", "CelebAMask", "-", "HQ", "."},
                Span.spansToStrings(memoized.tokenizePos(text), text));
    }
}
