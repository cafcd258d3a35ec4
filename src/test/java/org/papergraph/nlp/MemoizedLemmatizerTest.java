package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;
import org.papergraph.paper.Paper;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** The memoized lemmatizer gives exactly OpenNLP's LemmatizerME output, with or without memo hits. */
class MemoizedLemmatizerTest {
    @Test
    void sameLemmasAsOpenNlpOnCorpusSentences() {
        NlpModels models = NlpModels.get();
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel);
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel);
        POSTaggerME tagger = new POSTaggerME(models.posModel, POSTagFormat.UD);
        LemmatizerME reference = new LemmatizerME(models.lemmatizerModel);
        MemoizedLemmatizer memoized = new MemoizedLemmatizer(models.lemmatizerModel, 2048);
        MemoizedLemmatizer tiny = new MemoizedLemmatizer(models.lemmatizerModel, 1);
        List<Paper> papers = new ArrayList<>();
        PaperInputs.readBundled(p -> { if (papers.size() < 40) papers.add(p); });
        int checked = 0;
        for (int pass = 0; pass < 2; pass++)       // the second pass runs on a warm memo
            for (Paper p : papers)
                for (Span s : sentences.sentPosDetect(p.abstractText())) {
                    String[] words = tokenizer.tokenize(s.getCoveredText(p.abstractText()).toString());
                    String[] tags = tagger.tag(words);
                    String[] expected = reference.lemmatize(words, tags);
                    assertArrayEquals(expected, memoized.lemmatize(words, tags), String.join(" ", words));
                    assertArrayEquals(expected, tiny.lemmatize(words, tags), String.join(" ", words));
                    checked++;
                }
        long[] stats = memoized.memoStats();
        System.out.printf("lemma memo: %d sentences, %d lookups, %.0f%% hits%n", checked, stats[0], 100.0 * stats[1] / stats[0]);
    }

    @Test
    void kthLargestIsWhatASortGives() {
        double[] scores = {0.1, 0.5, 0.5, 0.2, 0.9, 0.0};
        assertEquals(0.5, MemoizedLemmatizer.kthLargest(scores, 3));
        assertEquals(0.9, MemoizedLemmatizer.kthLargest(scores, 1));
        assertEquals(0.0, MemoizedLemmatizer.kthLargest(new double[] {0.3, 0.0}, 3));
    }
}
