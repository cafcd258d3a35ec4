package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.nlp.Token;

/**
 * Phrases of a title-case title. Title case hides the parts of speech (the tagger calls "Sampling"
 * a verb), so a title's phrase is read as the run of capitalised words, numbers and hyphen-joined
 * parts ("Step-wise Learning", "Language-Guided Supervision") up to the next function word.
 */
final class TitleCaseRuns {
    private TitleCaseRuns() {}

    /** The index just past the run that starts at token {@code first}; capitalised words in {@code stops} end it too. */
    static int end(List<Token> t, int first, Set<String> stops) {
        int end = first;
        while (end < t.size() && !stops.contains(t.get(end).text().toLowerCase(Locale.ROOT)) && inRun(t, end, first)) end++;
        return end;
    }

    private static boolean inRun(List<Token> t, int i, int first) {
        String w = t.get(i).text();
        char c = w.charAt(0);
        if (Character.isUpperCase(c) || Character.isDigit(c) || w.equals("-") || c == '-' && w.length() > 1) return true;
        // a lower-case part joined by a hyphen: "Step-wise", "Interaction-based"
        return i > first && t.get(i - 1).text().equals("-") || i + 1 < t.size() && t.get(i + 1).text().equals("-") && t.get(i + 1).start() == t.get(i).end();
    }
}
