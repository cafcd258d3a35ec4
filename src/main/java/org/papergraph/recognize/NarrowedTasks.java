package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Section;

/**
 * A known task with the paper's own qualifiers is the paper's task: "multi-label text classification",
 * "sentence-level information extraction", "few-shot image classification". The qualified phrase
 * replaces the bare known task at that place, so the graph says what the paper addresses, and the
 * catalogue task is still reached through the vocabulary (the narrower phrase keeps its words).
 */
final class NarrowedTasks {
    /** At most this many qualifying words: more reads as a clause, not a task name. */
    private static final int MAX_QUALIFIERS = 2;

    private static final java.util.Set<String> JUDGING = java.util.Set.of("traditional", "conventional", "modern", "available", "base",
        "single", "suboptimal", "better", "classic", "classical", "popular", "challenging", "downstream", "real-world", "related", "typical",
        // verbs the tagger reads as nouns in "mixup enhances model calibration"
        "enhance", "improve", "boost", "mixup",
        // title case hides the preposition ("Towards Interpretability in ...")
        "towards", "toward");

    private NarrowedTasks() {}

    /** Replaces, in the candidates, bare known tasks that a noun phrase qualifies; returns the narrowed tasks added. */
    static List<Candidate> narrow(AnnotatedText text, List<Candidate> candidates) {
        List<Candidate> added = new ArrayList<>();
        for (Sentence s : text.sentences())
            for (NounPhrases.Phrase p : NounPhrases.of(s, text.text())) {
                Candidate inner = knownTaskEndingAt(candidates, text.section(), p);
                if (inner == null || inner.start() <= p.start()) continue;
                List<Token> t = s.tokens();
                int first = p.first();
                while (first < p.end() && t.get(first).start() < inner.start() && NounPhrases.EVALUATIVE.contains(NounPhrases.lower(t.get(first)))) first++;
                int qualifiers = 0;
                boolean plain = true;
                for (int i = first; i < p.end() && t.get(i).start() < inner.start(); i++) {
                    Token q = t.get(i);
                    if (!Character.isLetter(q.text().charAt(0))) continue;
                    qualifiers++;
                    // A verb or participle ("comparing", "enhances") makes a clause; a judging word ("traditional") no narrower task.
                    boolean joined = i + 1 < t.size() && t.get(i + 1).text().equals("-") || i > 0 && t.get(i - 1).text().equals("-");
                    if (q.isVerb() || !joined && (q.text().endsWith("ing") || q.text().endsWith("ed")) || NounPhrases.listsEitherForm(JUDGING, q)) plain = false;
                }
                if (!plain || qualifiers == 0 || qualifiers > MAX_QUALIFIERS || t.get(first).isNumber()) continue;
                int start = t.get(first).start();
                Candidate narrowed = new Candidate(text.section(), start, inner.end(), text.text().substring(start, inner.end()), EntityType.TASK,
                    Role.ADDRESSES, 0.65, null, "narrowed-task");
                if (candidates.stream().anyMatch(k -> k != inner && k.overlaps(narrowed))) continue;
                candidates.remove(inner);
                added.add(narrowed);
            }
        candidates.addAll(added);
        return added;
    }

    private static Candidate knownTaskEndingAt(List<Candidate> candidates, Section section, NounPhrases.Phrase p) {
        for (Candidate c : candidates)
            if (c.section() == section && c.end() == p.endOffset() && c.concept() != null && c.concept().types().equals(java.util.Set.of(EntityType.TASK))
                && c.rule().equals("vocabulary")) return c;
        return null;
    }
}
