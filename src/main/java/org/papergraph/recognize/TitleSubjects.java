package org.papergraph.recognize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.paper.Section;

/**
 * What a title says matters: "On the Importance of Noise Scheduling for ...", "The Role of Attention
 * Heads in ...", "Channel Importance Matters in ...". Such a title announces a study of that notion;
 * each coordinated part is studied ("Frequency versus Compositionality"), without the verb that
 * introduces it ("Suppressing Domain Style").
 */
final class TitleSubjects {
    private static final Pattern IMPORTANCE_OF = Pattern.compile(
        "\\b(?:Importance|Role|Effect|Impact)s? of\\s+(?:the\\s+|a\\s+|an\\s+)?(.+?)(?=\\s+(?:for|in|on|to|when|with|from|at)\\b|:|\\?|$)");
    /** "Channel Importance Matters in ...", "...: Value Also Matters": the subject is what stands before, after any colon. */
    private static final Pattern MATTERS = Pattern.compile("(?:^|:\\s*)([^:]+?)(?:\\s+(?:Also|Really|Still|Too|Most))?\\s+Matters?\\b");
    /** A notion is named in a few words; a longer run is a clause. */
    private static final int MAX_WORDS = 5;
    private static final Pattern PARTS = Pattern.compile("\\s+(?:and|versus|vs\\.?)\\s+");
    /** Leading words that introduce the notion rather than name it: adverbs and gerunds. */
    private static final Pattern INTRODUCING = Pattern.compile("^(?:[A-Z]?[a-z]+ly\\s+)?(?:[A-Z][a-z]+ing\\s+)?");

    private TitleSubjects() {}

    static void find(AnnotatedText title, List<Candidate> out) {
        if (title.section() != Section.TITLE) return;
        String text = title.text();
        Matcher m = IMPORTANCE_OF.matcher(text);
        if (!m.find()) {
            m = MATTERS.matcher(text);
            if (!m.find()) return;
        }
        int at = m.start(1);
        boolean first = true;
        for (String part : PARTS.split(m.group(1))) {
            int start = text.indexOf(part, at);
            at = start + part.length();
            // Only the phrase as a whole opens with its verb: "Meaning Preservation" after "and" is a name.
            Matcher intro = INTRODUCING.matcher(part);
            int skip = first && intro.lookingAt() && intro.end() < part.length() ? intro.end() : 0;
            first = false;
            String name = part.substring(skip).strip();
            if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.split("\\s+").length > MAX_WORDS) continue;
            out.add(new Candidate(Section.TITLE, start + skip, start + skip + name.length(), name, EntityType.CONCEPT, Role.STUDIES,
                0.7, null, "title-subject"));
        }
    }
}
