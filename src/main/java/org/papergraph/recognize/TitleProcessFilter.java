package org.papergraph.recognize;

import java.util.List;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.paper.Section;

/**
 * Drops title phrases headed by a process noun ("Saliency Map Verbalization", "Adaptive Sparse Allocation")
 * unless the abstract claims them: such heads name a phenomenon or a study topic as often as a method,
 * while a coined method is proposed, called or abbreviated in the abstract ("we propose Distribution Backtracking").
 */
final class TitleProcessFilter {
    /** Nominalised processes and states: the head shape shared by topics and phenomena. */
    private static final Pattern PROCESS = Pattern.compile("(?i).*(?:ing|tion|sion|ment|ity|ance|ence|ness)s?");
    private static final String CLAIM = "(?:propos\\w*|introduc\\w*|present\\w*|our|novel|new|call\\w*|term\\w*|dub\\w*|nam\\w*|coin\\w*)";

    private TitleProcessFilter() {}

    static void apply(AnnotatedPaper paper, List<Candidate> out) {
        String abstractText = paper.text(Section.ABSTRACT).text();
        out.removeIf(c -> c.section() == Section.TITLE && c.rule().startsWith("title-") && !claimed(c.surface(), abstractText));
    }

    private static boolean claimed(String phrase, String abstractText) {
        String[] words = phrase.trim().split("\\s+");
        if (words.length < 2 || !PROCESS.matcher(words[words.length - 1]).matches()) return true;
        StringBuilder b = new StringBuilder();   // hyphens and spaces match loosely
        for (String w : phrase.trim().split("[\\s-]+")) b.append(b.length() == 0 ? "" : "[-\\s]*").append(Pattern.quote(w));
        String loose = b.toString();
        return Pattern.compile("(?i)\\b" + CLAIM + "\\s+(?:[\\w-]+\\s+){0,3}?" + loose + "|" + loose + "\\s*\\(\\s*[A-Z]").matcher(abstractText).find();
    }
}
