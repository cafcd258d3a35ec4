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
    void threadsSharingOneSmallMemoGetOpenNlpsLemmas() throws Exception {
        NlpModels models = NlpModels.get();
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel);
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel);
        POSTaggerME tagger = new POSTaggerME(models.posModel, POSTagFormat.UD);
        LemmatizerME reference = new LemmatizerME(models.lemmatizerModel);
        List<String[][]> tagged = new ArrayList<>();   // words, tags, expected lemmas
        PaperInputs.readBundled(p -> {
            if (tagged.size() >= 150) return;
            for (Span s : sentences.sentPosDetect(p.abstractText())) {
                String[] words = tokenizer.tokenize(s.getCoveredText(p.abstractText()).toString());
                String[] tags = tagger.tag(words);
                tagged.add(new String[][] {words, tags, reference.lemmatize(words, tags)});
            }
        });
        OutcomeMemo shared = new OutcomeMemo(256);   // small: both threads rotate it often while the other reads
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 2; t++) {
            MemoizedLemmatizer lemmatizer = new MemoizedLemmatizer(models.lemmatizerModel, shared);
            Thread thread = new Thread(() -> {
                try {
                    for (int pass = 0; pass < 2; pass++)
                        for (String[][] s : tagged) assertArrayEquals(s[2], lemmatizer.lemmatize(s[0], s[1]), String.join(" ", s[0]));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        assertEquals(List.of(), failures);
        assertEquals(true, shared.size() <= 256 + 8, "memo size " + shared.size());
        assertEquals(true, shared.hits() > 0);
    }

    @Test
    void kthLargestIsWhatASortGives() {
        double[] scores = {0.1, 0.5, 0.5, 0.2, 0.9, 0.0};
        assertEquals(0.5, BeamPath.kthLargest(scores, 3));
        assertEquals(0.9, BeamPath.kthLargest(scores, 1));
        assertEquals(0.0, BeamPath.kthLargest(new double[] {0.3, 0.0}, 3));
    }
}
