package org.papergraph.recognize;

import org.papergraph.nlp.NlpModels;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.paper.Paper;
import org.papergraph.paper.SourceLocation;

/** The real analysis and recognition of a title and abstract, shared by the recognition tests. */
final class Recognition {
    private static final ThreadLocal<TextAnalyzer> ANALYZER = ThreadLocal.withInitial(() -> NlpModels.get().newAnalyzer());
    private static PaperRecognizer recognizer;

    private Recognition() {}

    /** Analyses and recognises one paper. */
    static LinkedPaper recognize(String title, String abstractText) {
        return recognizer().recognize(ANALYZER.get().analyze(new Paper(title, abstractText, new SourceLocation("test", 1))));
    }

    /** The mention of the entity one of whose labels has the key of {@code label}, or null. */
    static EntityMention mention(LinkedPaper p, String label) {
        String key = EntityKeys.key(label);
        for (EntityMention m : p.mentions()) {
            if (EntityKeys.key(m.entity().label()).equals(key)) return m;
            for (String alt : m.entity().altLabels()) if (EntityKeys.key(alt).equals(key)) return m;
        }
        return null;
    }

    /** The mention of the entity labelled {@code label}, failing the test with the paper's mentions if there is none. */
    static EntityMention found(LinkedPaper p, String label) {
        EntityMention m = mention(p, label);
        if (m == null) throw new AssertionError(label + " not found in " + p.mentions());
        return m;
    }

    /** Fails the test if some entity of the paper is labelled {@code label}. */
    static void absent(LinkedPaper p, String label) {
        EntityMention m = mention(p, label);
        if (m != null) throw new AssertionError(label + " should not be found: " + m);
    }

    private static synchronized PaperRecognizer recognizer() {
        if (recognizer == null) recognizer = new PaperRecognizer(Vocabulary.bundled());
        return recognizer;
    }
}
