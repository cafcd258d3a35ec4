package org.papergraph.nlp;

import java.util.List;

/** A sentence: offsets in its section's text, its text, and its tokens. */
public record Sentence(int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
