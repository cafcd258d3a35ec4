package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Measures that share their head word in a coordination: "the Deletion and Insertion scores" names the
 * Deletion score too, "classification and clustering accuracy" the classification accuracy. The
 * candidate spans the whole coordination, so its evidence quotes the words that name it.
 */
final class ElidedMetrics {
    private static final java.util.Set<String> BOUNDARY_TAGS = java.util.Set.of("DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON");

    private ElidedMetrics() {}

    /** The measures elided before the metric candidates of one text. */
    static List<Candidate> find(AnnotatedText text, List<Candidate> known, Vocabulary vocabulary) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : known) {
            if (c.section() != text.section() || !isMetric(c)) continue;
            Sentence s = text.sentenceAt(c.start());
            if (s == null) continue;
            List<Token> t = s.tokens();
            int k = indexAt(t, c.start());
            if (k < 2 || indexAt(t, c.end() - 1) <= k) continue;   // a modifier and a head: "Insertion scores"
            Token and = t.get(k - 1), other = t.get(k - 2), modifier = t.get(k);
            String conj = and.text().toLowerCase(Locale.ROOT);
            if (!conj.equals("and") && !conj.equals("or")) continue;
            if (!other.isNoun() && !other.isAdjective() || !other.text().chars().allMatch(Character::isLetter)) continue;
            // The first modifier opens the phrase ("the Deletion and ...", "of classification and ..."): after more words
            // ("training loss trajectory and validation accuracy") it belongs to another phrase.
            if (k >= 3 && !BOUNDARY_TAGS.contains(t.get(k - 3).tag())) continue;
            if (Character.isUpperCase(other.text().charAt(0)) != Character.isUpperCase(modifier.text().charAt(0))) continue;
            String head = text.text().substring(modifier.end(), c.end()).strip();
            String label = other.text() + " " + singularLast(head);
            VocabularyConcept concept = vocabulary.lookup(label);
            if (concept != null && !concept.types().contains(EntityType.METRIC)) continue;
            out.add(new Candidate(c.section(), other.start(), c.end(), label, EntityType.METRIC, null, 0.7, concept, "metric-elided"));
        }
        return out;
    }

    private static boolean isMetric(Candidate c) {
        return c.concept() != null ? c.concept().types().contains(EntityType.METRIC) : c.type() == EntityType.METRIC;
    }

    private static int indexAt(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) if (t.get(i).start() <= offset && offset < t.get(i).end()) return i;
        return -1;
    }

    private static String singularLast(String s) {
        int cut = s.lastIndexOf(' ') + 1;
        String last = s.substring(cut);
        return last.toLowerCase(Locale.ROOT).equals(last) ? s.substring(0, cut) + EntityKeys.singular(last) : s;
    }
}
