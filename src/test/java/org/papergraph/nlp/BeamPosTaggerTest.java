package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** The beam POS tagger gives exactly OpenNLP's POSTaggerME tags, in UD and in Penn format. */
class BeamPosTaggerTest {
    @Test
    void sameTagsAsOpenNlpOnEveryCorpusSentence() {
        NlpModels models = NlpModels.get();
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel);
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel);
        POSTaggerME reference = new POSTaggerME(models.posModel, POSTagFormat.UD);
        BeamPosTagger tagger = new BeamPosTagger(models.posModel, POSTagFormat.UD);
        POSTaggerME pennReference = new POSTaggerME(models.posModel, POSTagFormat.PENN);
        BeamPosTagger penn = new BeamPosTagger(models.posModel, POSTagFormat.PENN);
        List<String[]> sentenceTokens = new ArrayList<>();
        PaperInputs.readBundled(p -> {
            sentenceTokens.add(tokenizer.tokenize(p.title()));
            for (Span s : sentences.sentPosDetect(p.abstractText()))
                sentenceTokens.add(tokenizer.tokenize(s.getCoveredText(p.abstractText()).toString()));
        });
        int tokens = 0;
        for (String[] words : sentenceTokens) {
            assertArrayEquals(reference.tag(words), tagger.tag(words), String.join(" ", words));
            tokens += words.length;
        }
        for (String[] words : sentenceTokens.subList(0, 300))
            assertArrayEquals(pennReference.tag(words), penn.tag(words), String.join(" ", words));
        assertTrue(sentenceTokens.size() > 4000 && tokens > 100_000, "the whole bundled corpus was compared: " + tokens);
    }

    @Test
    void tagsASentenceOfTheCorpus() {
        BeamPosTagger tagger = new BeamPosTagger(NlpModels.get().posModel, POSTagFormat.UD);
        assertArrayEquals(new String[] {"PRON", "VERB", "PROPN", "PUNCT"}, tagger.tag(new String[] {"We", "propose", "SegFace", "."}));
    }
}
