package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Section;

/** Noun phrases of a sentence, asked for again and again by several finders, are always that sentence's own. */
class NounPhrasesTest {
    private static final String SENTENCE = "We propose a retraining-free structured pruning framework for large language models.";
    private final TextAnalyzer analyzer = NlpModels.get().newAnalyzer();

    @Test
    void phrasesOfASentence() {
        AnnotatedText t = analyzer.analyze(Section.ABSTRACT, SENTENCE);
        List<NounPhrases.Phrase> phrases = NounPhrases.of(t.sentences().get(0), t.text());
        assertEquals(List.of("retraining-free structured pruning framework", "language models"), texts(phrases));
        assertEquals(SENTENCE.indexOf("retraining"), phrases.get(0).start());
        assertEquals("model", phrases.get(1).headLemma());
        assertThrows(UnsupportedOperationException.class, () -> phrases.remove(0), "callers share the list");
    }

    @Test
    void theSameWordsElsewhereHaveTheirOwnOffsets() {
        AnnotatedText first = analyzer.analyze(Section.ABSTRACT, SENTENCE);
        String prefix = "Pruning is costly. ";
        AnnotatedText second = analyzer.analyze(Section.ABSTRACT, prefix + SENTENCE);
        Sentence a = first.sentences().get(0), b = second.sentences().get(1);
        // Interleaved, and with many other sentences asked for in between, as the finders ask.
        for (int round = 0; round < 3; round++) {
            assertEquals(SENTENCE.indexOf("retraining"), NounPhrases.of(a, first.text()).get(0).start());
            assertEquals(prefix.length() + SENTENCE.indexOf("retraining"), NounPhrases.of(b, second.text()).get(0).start());
            for (int i = 0; i < 200; i++) {
                AnnotatedText other = analyzer.analyze(Section.ABSTRACT, "Our model " + i + " improves the accuracy of retrieval.");
                List<NounPhrases.Phrase> phrases = NounPhrases.of(other.sentences().get(0), other.text());
                assertEquals("retrieval", phrases.get(phrases.size() - 1).text());
                for (NounPhrases.Phrase p : phrases) assertEquals(other.text().substring(p.start(), p.endOffset()), p.text());
            }
        }
    }

    private static List<String> texts(List<NounPhrases.Phrase> phrases) {
        return phrases.stream().map(NounPhrases.Phrase::text).toList();
    }
}
