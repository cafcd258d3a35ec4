package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.paper.Section;

/** The names a paper gives its own contributions: a title prefix ("SegFace: ...") and "we propose X" sentences. */
final class ProposalFinder {
    private static final Pattern TITLE_PREFIX = Pattern.compile("^\\s*([^:]{2,40}?)\\s*:\\s+\\S");
    private static final String NAME = "([A-Za-z][\\w.+-]*[A-Z0-9][\\w.+-]*)";
    private static final Pattern WE_PROPOSE = Pattern.compile(
        "\\b(?:[Ww]e|[Tt]his (?:paper|work)|[Tt]he paper)\\s+(?:\\w+ly\\s+)?(?:propose[sd]?|introduce[sd]?|present[sd]?|develop(?:s|ed)?|design(?:s|ed)?|release[sd]?|build|construct|contribute|offer)"
        + "\\s+(?:here\\s+)?(?:(?:a|an|the|our|two|three)\\s+)?(?:[\\w-]+\\s+){0,6}?" + NAME + "(?=[\\s,.;:()])");
    private static final Pattern CALLED = Pattern.compile(
        "\\b(?:called|dubbed|named|termed|coined|denoted(?: as)?|namely|referred to as)\\s+[\"'“]?" + NAME);
    private static final Pattern APPOSITION = Pattern.compile(
        "(?:^|[\\s(])" + NAME + ",\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,5}?(?:framework|method|model|approach|benchmark|dataset|toolkit|library|tool|algorithm|architecture|technique|system|corpus|suite|metric|network|pipeline|strategy|scheme)\\b");

    List<Candidate> find(AnnotatedPaper paper) {
        List<Candidate> out = new ArrayList<>();
        titlePrefix(paper.title(), out);
        for (AnnotatedText text : paper.sections()) ProposedPhrases.find(text, out);
        for (AnnotatedText text : paper.sections())
            for (Sentence s : text.sentences()) {
                sentencePattern(text.section(), s, CALLED, "called", 0.85, out);
                sentencePattern(text.section(), s, APPOSITION, "apposition", 0.8, out);
            }
        return out;
    }

    private void titlePrefix(AnnotatedText title, List<Candidate> out) {
        Matcher m = TITLE_PREFIX.matcher(title.text());
        if (!m.find()) return;
        String prefix = m.group(1);
        String[] words = prefix.split("\\s+");
        boolean nameLike = words.length == 1 ? Character.isUpperCase(prefix.charAt(0)) || NameShapes.isNameLike(prefix)
            : words.length <= 3 && java.util.Arrays.stream(words).allMatch(NameShapes::isNameLike);
        if (!nameLike || prefix.startsWith("[")) return;
        int start = title.text().indexOf(prefix);
        out.add(new Candidate(Section.TITLE, start, start + prefix.length(), prefix, null, Role.PROPOSES, 0.95, null, "title-prefix"));
    }

    private void sentencePattern(Section section, Sentence s, Pattern p, String rule, double conf, List<Candidate> out) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            if (!NameShapes.isNameLike(name) && !rule.equals("called")) continue;
            int start = s.start() + m.start(1);
            out.add(new Candidate(section, start, start + name.length(), name, null, Role.PROPOSES, conf, null, rule));
        }
    }
}
