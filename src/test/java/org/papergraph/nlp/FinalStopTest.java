package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.paper.Section;

/** The sentence's full stop is a token of its own after a name, as the real tokenizer model would not leave it. */
class FinalStopTest {
    private static final TextAnalyzer ANALYZER = NlpModels.get().newAnalyzer();

    private static List<String> words(String sentence) {
        return ANALYZER.analyze(Section.ABSTRACT, sentence).sentences().get(0).tokens().stream().map(Token::text).toList();
    }

    @Test
    void aCapitalisedLastWordLosesTheStop() {
        // corpus sentence (Forgery-aware Adaptive Transformer ...): the model alone leaves "UniFD." as one token
        List<String> w = words("By training an attached classifier, e.g., combining frozen CLIP-ViT with a learnable linear layer in UniFD.");
        assertEquals(List.of("UniFD", "."), w.subList(w.size() - 2, w.size()));
    }

    @Test
    void abbreviationsKeepTheirStop() {
        List<String> w = words("The scores are those of Smith et al.");
        assertEquals("al", w.get(w.size() - 2).replace(".", ""));
        assertEquals(FinalStop.detach(new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(0, 4)}, "e.g.").length, 1);
    }

    @Test
    void aClosingBracketLeftOnAWordIsSplitOff() {
        // corpus sentence (Improving Retrieval-Augmented Large Language Models ...): the model alone gives "JT)"
        List<String> w = words("For some tasks, this even allows a small model (e.g., GPT-JT), augmented with a search engine API, to outperform GPT-3.5.");
        assertEquals(true, w.contains("JT") && w.contains(")"), w.toString());
        assertEquals(true, words("The loss f(x) is convex.").contains("f(x)") || !words("The loss f(x) is convex.").contains("x)"));
    }
}
