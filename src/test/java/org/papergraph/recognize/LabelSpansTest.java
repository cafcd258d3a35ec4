package org.papergraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.papergraph.listing.PaperInputs;
import org.papergraph.nlp.Token;

/** The span bound of the vocabulary matcher never rules out a span the vocabulary lookup matches. */
class LabelSpansTest {
    /** Words, numbers and single punctuation marks, as the tokenizer splits "GPT-2" or "(LoRA)". */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    @Test
    void trieKnowsEveryPrefixOfItsStringsAndNothingElse() {
        CompactKeyTrie trie = new CompactKeyTrie();
        for (int i = 0; i < 5000; i++) trie.add("label" + i);   // enough edges to grow the table a few times
        trie.add("lora");
        assertTrue(trie.isPrefix("lor"));
        assertTrue(trie.isPrefix("lora"));
        assertTrue(trie.isPrefix("label4999"));
        assertTrue(trie.isPrefix(""));
        assertFalse(trie.isPrefix("loras"));
        assertFalse(trie.isPrefix("label5000"));
        assertFalse(trie.isPrefix("qlora"));
    }

    @Test
    void noSpanOfTheCorpusThatNamesALabelIsRuledOut() {
        Vocabulary vocabulary = Vocabulary.bundled();
        LabelSpans spans = new LabelSpans(vocabulary.labelKeys());
        List<String> texts = new ArrayList<>();
        PaperInputs.readBundled(p -> { texts.add(p.title()); texts.add(p.abstractText()); });
        // Articles, plurals, glued and Unicode spellings the corpus may lack.
        texts.add("the LoRA adapters, a Transformers model and an ResNets on CIFAR-10s and the ImageNet\u00a0classes with BERT\u2011base");
        int matches = 0, tried = 0, ruledOut = 0;
        for (String text : texts) {
            List<Token> tokens = tokens(text);
            for (int i = 0; i < tokens.size(); i++) {
                int last = Math.min(tokens.size(), i + vocabulary.maxTokens());
                int bound = spans.lastPossibleEnd(text, tokens, i, last);
                for (int j = i + 1; j <= last; j++) {
                    tried++;
                    String surface = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
                    if (vocabulary.lookup(surface) != null) {
                        matches++;
                        int end = j;
                        assertTrue(end <= bound, () -> "ruled out [" + surface + "] in: " + text);
                    } else if (j > bound) {
                        ruledOut++;
                    }
                }
            }
        }
        assertTrue(matches > 5_000, "matches " + matches);
        assertTrue(ruledOut > tried / 2, "ruled out " + ruledOut + " of " + tried);
    }

    @Test
    void aSpanRunningPastEveryLabelIsRuledOut() {
        LabelSpans spans = new LabelSpans(List.of("lora", "low rank adaptation"));
        String text = "Low-Rank Adaptation layers and LoRAs";
        List<Token> tokens = tokens(text);   // Low - Rank Adaptation layers and LoRAs
        assertEquals(4, spans.lastPossibleEnd(text, tokens, 0, tokens.size()));   // "Low-Rank Adaptation"
        assertEquals(7, spans.lastPossibleEnd(text, tokens, 6, tokens.size()));   // "LoRAs": the plural's slack
        assertEquals(4, spans.lastPossibleEnd(text, tokens, 4, tokens.size()));   // "layers": nothing
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end(), "X", m.group()));
        return out;
    }
}
