package org.papergraph.recognize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/**
 * The named parts a paper gives its own artefact: "DisBask is composed of two stages: Degradation
 * Recording and Distribution Backtracking", "a four-stage framework: Knowledge Recalling, ...",
 * "(1) Localized Patch Importance Scoring: ...", "consists of three components: (1) a link-encoder that ...".
 * A paper names parts this way only for what it builds, so each part is proposed.
 */
final class ComponentLists {
    private static final Pattern COUNTED_PARTS = Pattern.compile(
        "\\b(?:two|three|four|five|six|[2-6])[\\s-]+(?:[\\w-]+[\\s-]+)?(?:components?|stages?|parts?|modules?|steps?|phases?|categories|ideas|blocks?|branches|mechanisms)\\b[^:.;]{0,30}:\\s*");
    /** A title-case phrase of at least two words ("Knowledge Recalling", "Replay-guided Correlation Assessment"). */
    private static final String TITLE_PHRASE = "((?:[A-Z][\\w'-]*\\s+)+[A-Z][\\w'-]*)";
    /** A capitalised compound before a plural kind ("Modeling-Free methods"): the kind word says what the named item is. */
    private static final String NAMED_KIND = "([A-Z][\\w']*-[\\w'-]+\\s+(?:methods|models|approaches|strategies|modules|mechanisms|techniques))";
    private static final Pattern LIST_ITEM = Pattern.compile("\\G(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+))?(?:" + TITLE_PHRASE + "|" + NAMED_KIND
        + ")(?=\\s*(?:,|\\band\\b|\\.|;|$))");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("\\(\\s*(?:\\d|i{1,3}|iv|[a-d])\\s*\\)\\s+" + TITLE_PHRASE + "\\s*:");
    static final Pattern BUILT_OF = Pattern.compile("\\b(?:consists? of|composed of|comprises?|components?)\\b");
    /** Stems every match of BUILT_OF contains: keep in step with it. */
    static final String[] BUILT_OF_CUES = {"consist", "composed", "compris", "component"};
    private static final Pattern NUMBERED_PART = Pattern.compile(
        "(?:\\(\\s*|\\b)(?:\\d|i{1,3}|iv|[a-d])\\s*\\)\\s+(?:[Aa]n?)\\s+([\\w-]+(?:\\s+[\\w-]+){0,3}?)(?=\\s+(?:that|which|to|for)\\b)");
    /** "Our first subnet is a two-stream network which ...", "The third one is an attention network": parts told one by one. */
    private static final Pattern ORDINAL_PART = Pattern.compile(
        "^(?:[Tt]he|[Oo]ur)\\s+(?:first|second|third|fourth|fifth|last|final)(?:\\s+(?:one|subnet|sub-network|component|module|stage|part|branch|block|step))?"
        + "\\s+is\\s+(?:a|an)\\s+([\\w-]+(?:\\s+[\\w-]+){0,3}?)(?=\\s*(?:,|\\.|;|\\s(?:which|that|to|for|with)\\b))");
    /** A described part in a counted list: "an event splitting strategy to ...", "and a novel motion pattern aggregation module to". */
    private static final Pattern DESCRIBED_ITEM = Pattern.compile(
        "(?:\\G|,\\s*|;\\s*|\\band\\s+)(?:[Aa]n?)\\s+([\\w-]+(?:\\s+[\\w-]+){1,4}?)(?=\\s+(?:to|that|which|for)\\b)");
    /** "we propose two improvements: 1) A prior-enhanced matching strategy to ...; 2) A new cross attention module to ...". */
    private static final Pattern PROPOSED_LIST = Pattern.compile("(?i)\\b(?:we|this (?:paper|work))\\s+(?:\\w+\\s+){0,2}?(?:propose|introduce|present|develop)[sd]?\\b[^.;]{0,80}:");

    private static final Pattern LEADING_EVALUATIVE = Pattern.compile("(\\w+)\\s+");

    private ComponentLists() {}

    static void find(AnnotatedText text, List<Candidate> out) {
        for (Sentence s : text.sentences()) {
            String t = s.text();
            // Counted and numbered lists end their lead-in or item in a colon; most sentences have none.
            boolean colon = t.indexOf(':') >= 0;
            Matcher counted = COUNTED_PARTS.matcher(t);
            if (colon && counted.find()) {
                Matcher item = LIST_ITEM.matcher(t);
                item.region(counted.end(), t.length());
                while (item.find()) {
                    int g = item.group(1) != null ? 1 : 2;
                    add(text, s, item.start(g), item.end(g), out);
                }
                // "three components: an event splitting strategy to ..., a linear lookup strategy to ..."
                Matcher described = DESCRIBED_ITEM.matcher(t);
                described.region(counted.end(), t.length());
                while (described.find()) add(text, s, described.start(1), described.end(1), out);
            }
            String opening = t.strip();
            Matcher ordinal = opening.startsWith("The ") || opening.startsWith("Our ") || opening.startsWith("the ") || opening.startsWith("our ")
                ? ORDINAL_PART.matcher(opening) : null;
            if (ordinal != null && ordinal.find()) {
                int shift = t.indexOf(t.strip());
                addPart(text, s, shift + ordinal.start(1), shift + ordinal.end(1), true, out);
            }
            Matcher numbered = NUMBERED_TITLE.matcher(t);
            while (colon && numbered.find()) add(text, s, numbered.start(1), numbered.end(1), out);
            if (LiteralCues.containsAny(t, BUILT_OF_CUES) && BUILT_OF.matcher(t).find() || colon && PROPOSED_LIST.matcher(t).find()) {
                Matcher part = NUMBERED_PART.matcher(t);
                while (part.find()) add(text, s, part.start(1), part.end(1), out);
            }
        }
    }

    private static void add(AnnotatedText text, Sentence s, int from, int to, List<Candidate> out) { addPart(text, s, from, to, false, out); }

    /** {@code toldApart}: the sentence is about this one part, so even a short described kind names it ("a two-stream network"). */
    private static void addPart(AnnotatedText text, Sentence s, int from, int to, boolean toldApart, List<Candidate> out) {
        // "a new cross attention module": the evaluative word is not part of the part's name
        java.util.regex.Matcher evaluative = LEADING_EVALUATIVE.matcher(s.text().substring(from, to));
        while (evaluative.lookingAt() && NounPhrases.EVALUATIVE.contains(evaluative.group(1).toLowerCase(java.util.Locale.ROOT)) && from + evaluative.end() < to) {
            from += evaluative.end();
            evaluative = LEADING_EVALUATIVE.matcher(s.text().substring(from, to));
        }
        // "(ii) a novel method for ...", "a recursive strategy to ...": a kind with at most one describing word names nothing
        String[] itemWords = s.text().substring(from, to).split("\\s+");
        // A capitalised describing word names the kind ("Modeling-Free methods").
        if (!toldApart && itemWords.length <= 2 && !Character.isUpperCase(itemWords[0].charAt(0)) && ArtefactKinds.GENERIC.contains(EntityKeys.singular(itemWords[itemWords.length - 1].toLowerCase(java.util.Locale.ROOT)))) return;
        int start = s.start() + from, end = s.start() + to;
        // A part is a thing: "(1) Less Sparse:" lists properties, "a distillation stage in" ran past its noun
        // (title case hides parts of speech, so a capitalised item is judged by its first word).
        String first = text.text().substring(start, end).split("[\\s-]+")[0];
        if (first.endsWith("ly") || first.equals("Less") || first.equals("More") || first.equals("Most")) return;
        org.papergraph.nlp.Token last = s.tokens().stream().filter(k -> k.end() == end).findFirst().orElse(null);
        // The tagger may call a kind word a verb ("a new cross attention module/VERB to sample ..."): a kind ends a part too.
        if (last == null || Character.isLowerCase(first.charAt(0)) && !last.isNoun() && !ArtefactKinds.kind(last)) return;
        out.add(new Candidate(text.section(), start, end, text.text().substring(start, end), null, Role.PROPOSES, 0.7, null, "component-list"));
    }
}
