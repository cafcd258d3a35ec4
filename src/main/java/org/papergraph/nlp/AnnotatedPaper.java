package org.papergraph.nlp;

import java.util.List;

import org.papergraph.paper.Paper;
import org.papergraph.paper.Section;

/** A paper with its title and abstract analysed: the input of entity recognition. */
public record AnnotatedPaper(Paper paper, AnnotatedText title, AnnotatedText abstractText) {
    /** The analysed text of one section. */
    public AnnotatedText text(Section section) {
        return section == Section.TITLE ? title : abstractText;
    }

    /** Both sections, title first. */
    public List<AnnotatedText> sections() { return List.of(title, abstractText); }

    /** Number of tokens over both sections, for throughput figures. */
    public int tokenCount() {
        int n = 0;
        for (AnnotatedText t : sections())
            for (Sentence s : t.sentences()) n += s.tokens().size();
        return n;
    }
}
