package org.papergraph.nlp;

import java.util.List;

import org.papergraph.paper.Section;

/** One section of a paper (title or abstract) split into sentences and tokens. */
public record AnnotatedText(Section section, String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences)
            if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }
}
