package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/**
 * Proposals marked without a "we propose" verb: an acronym the paper defines for a phrase of its title
 * or after "novel / proposed / our", a name after "the proposed" or "our", and variants of a proposed
 * name ("SegFormer-B5" of "SegFormer").
 */
final class ProposalCues {
    /** Words just before a long form that mark it as the paper's own. */
    private static final Pattern OWN = Pattern.compile(
        "(?i)(?:(?<!recently |previously |originally |widely )\\b(?:novel|new|proposed|our|dubbed(?: as)?|called|named|termed|coined)\\s+(?:[`'\"“]+\\s*)?(?:[\\w-]+\\s+){0,2}?)$");
    /** Where a title puts its artefact: at the start, after a colon, or after "with / via / through". */
    private static final Pattern ARTEFACT_SLOT = Pattern.compile("(?i)(?:^|:|\\b(?:with|via|through))\\s*$");
    /** Words saying the phrase after "new" is a problem, not an artefact ("the new task of ..."). */
    private static final Pattern PROBLEM = Pattern.compile("(?i)\\b(?:task|problem|setting|challenge|paradigm)s?\\b");
    static final Pattern OUR_NAME = Pattern.compile(
        "\\b(?:[Tt]he (?:newly )?proposed|[Oo]ur (?:proposed |new |novel )?)(?:(?:method|model|framework|approach|system|algorithm|benchmark|dataset),?\\s+)?"
        + "([A-Za-z][\\w.+{}-]*[A-Z0-9][\\w.+{}-]*)(?=[\\s,.;:()])");

    /** Words every match of OUR_NAME contains: keep in step with it. */
    static final String[] OUR_NAME_CUES = {"proposed", "our", "Our"};
    /** Verbs every match of PASSIVE contains, in any case: keep in step with it. */
    static final String[] PASSIVE_CUES = {"proposed", "introduced", "presented", "designed", "developed"};

    private final Vocabulary vocabulary;
    private final AcronymFinder acronyms = new AcronymFinder();

    ProposalCues(Vocabulary vocabulary) { this.vocabulary = vocabulary; }

    void find(AnnotatedPaper paper, List<Candidate> out) {
        String title = paper.title().text();
        for (AnnotatedText text : paper.sections()) {
            for (AcronymFinder.Definition d : acronyms.find(text)) definition(text, d, title, out);
            for (Sentence s : text.sentences()) {
                if (LiteralCues.containsAny(s.text(), OUR_NAME_CUES)) ourName(text, s, out);
                if (LiteralCues.containsAnyIgnoreCase(s.text(), PASSIVE_CUES)) passive(text, s, out);
                if (s.text().contains("our proposed") || s.text().contains("our new") || s.text().contains("our novel")) calledOurs(text, s, out);
            }
        }
    }

    private void definition(AnnotatedText text, AcronymFinder.Definition d, String title, List<Candidate> out) {
        if (d.longForm().split("[\\s]+").length < 2 || d.shortForm().length() < 3 || known(d.longForm()) || known(d.shortForm())) return;
        if (d.shortForm().matches(".*[A-Z]s")) return;   // a plural acronym names a class of things ("LVLMs")
        // "a Bounded Confidence Model (BCM) based value dynamics model": the acronym names what the artefact builds on
        if (BASED_AFTER.matcher(text.text().substring(Math.min(text.text().length(), d.shortEnd()))).lookingAt()) return;
        String before = text.text().substring(Math.max(0, d.longStart() - 60), d.longStart());
        Matcher own = OWN.matcher(before);
        if (own.find() && PROBLEM.matcher(own.group()).find()) return;
        if (own.reset().find() || proposedBySentence(text, d) && !namesDomainNotion(d.longForm())) {
            out.add(new Candidate(text.section(), d.shortStart(), d.shortEnd(), d.shortForm(), null, Role.PROPOSES, 0.85, null, "cue-acronym"));
            return;
        }
        // Else the title names the artefact the acronym abbreviates, in the artefact slot.
        int at = key(title).indexOf(key(d.longForm()));
        if (at < 0 || text.section() == org.papergraph.paper.Section.TITLE) return;
        if (!ARTEFACT_SLOT.matcher(titlePrefixBefore(title, d.longForm())).find()) return;
        out.add(new Candidate(text.section(), d.shortStart(), d.shortEnd(), d.shortForm(), null, Role.PROPOSES, 0.85, null, "cue-acronym"));
    }

    private static final Pattern BASED_AFTER = Pattern.compile("\\)?\\s*-?based\\b");

    /** "we introduce a partially shared module to learn two recalibrating parameters (PSRP)": the sentence proposes what it abbreviates. */
    private static final Pattern WE_PROPOSE_BEFORE = Pattern.compile(
        "(?i)\\b(?:we|this (?:paper|work))\\s+(?:\\w+ly\\s+)?(?:propose|introduce|present|develop|design|devise|construct|build|create)[sd]?\\s+(?:[^\\s.;:]+\\s+){0,24}$");

    /** "post-traumatic stress disorder (PTSD)" in a "we introduce" sentence is what the artefact works on, not the artefact. */
    private static boolean namesDomainNotion(String longForm) {
        String[] words = longForm.toLowerCase(Locale.ROOT).split("[\\s-]+");
        EntityType head = TypeGuesser.fromHead(EntityKeys.singular(words[words.length - 1]));
        return head == EntityType.CONCEPT || head == EntityType.TASK;
    }

    private static boolean proposedBySentence(AnnotatedText text, AcronymFinder.Definition d) {
        Sentence s = text.sentenceAt(d.longStart());
        if (s == null) return false;
        String before = text.text().substring(s.start(), d.longStart());
        // "we propose a novel approach, ScenTest, for ... testing with event knowledge graph (EKG)": what it works with is used
        return WE_PROPOSE_BEFORE.matcher(before).find() && !MEANS_BEFORE.matcher(before).find();
    }

    private static final Pattern MEANS_BEFORE = Pattern.compile("\\b(?:with|using|via)\\s+$");

    /**
     * "Finally, Progressive Masked Image Modeling (PMIM) is proposed to ...", "One hierarchical aggregation
     * architecture is proposed": a sentence whose subject is proposed proposes that subject, when the subject
     * names something (an acronym, a capitalised name, or a kind described by two or more words).
     */
    static final Pattern PASSIVE = Pattern.compile(
        "^(?:(?:First|Second|Third|Finally|Next|Then|Moreover|Additionally|Furthermore|Also|Specifically|Besides),?\\s+)?"
        + "(?:(?:a|an|one|the)\\s+)?(?:novel\\s+|new\\s+)?([A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*){0,5}?)\\s+(?:\\(([A-Za-z][\\w-]*)\\)\\s+)?"
        + "(?:is|are)\\s+(?:then\\s+|further\\s+|also\\s+|first\\s+)?(?:proposed|introduced|presented|designed|developed)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> NOT_A_SUBJECT = java.util.Set.of("it", "this", "these", "those", "they", "some", "many",
        "two", "three", "several", "such", "which", "that", "of", "in", "for", "with", "and", "or", "to", "on", "by", "models", "methods");

    private void passive(AnnotatedText text, Sentence s, List<Candidate> out) {
        Matcher m = PASSIVE.matcher(s.text().strip());
        if (!m.find()) return;
        int offset = s.start() + s.text().indexOf(s.text().strip());
        String subject = m.group(1);
        String[] words = subject.split("\\s+");
        for (String w : words) if (NOT_A_SUBJECT.contains(w.toLowerCase(Locale.ROOT))) return;
        if (m.group(2) != null && AcronymFinder.isShortForm(m.group(2))) {
            if (known(m.group(2)) || known(subject)) return;
            out.add(new Candidate(text.section(), offset + m.start(2), offset + m.end(2), m.group(2), null, Role.PROPOSES, 0.8, null, "cue-passive"));
            return;
        }
        // "Second, explicit Pattern Selector is introduced": describing words before a title-case name leave the name.
        int nameFrom = 0;
        while (nameFrom < words.length - 2 && Character.isLowerCase(words[nameFrom].charAt(0))) nameFrom++;
        if (nameFrom > 0 && java.util.Arrays.stream(words, nameFrom, words.length).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, nameFrom, words.length));
            int at = subject.lastIndexOf(name);
            if (at >= 0 && !known(name)) {
                int start = offset + m.start(1) + at;
                out.add(new Candidate(text.section(), start, start + name.length(), name, null, Role.PROPOSES, 0.75, null, "cue-passive"));
                return;
            }
        }
        boolean named = java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)) || w.contains("-")) && words.length >= 2;
        boolean described = words.length >= 3 && ArtefactKinds.GENERIC.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (!(named || described) || known(subject)) return;
        out.add(new Candidate(text.section(), offset + m.start(1), offset + m.end(1), subject, null, Role.PROPOSES, 0.75, null, "cue-passive"));
    }

    /**
     * "weight Mixup that is our proposed variant of Mixup", "X, our novel method for ...": a phrase the sentence calls the
     * paper's own is proposed.
     */
    private void calledOurs(AnnotatedText text, Sentence s, List<Candidate> out) {
        List<org.papergraph.nlp.Token> t = s.tokens();
        for (int i = 2; i + 1 < t.size(); i++) {
            String next = t.get(i + 1).text();
            if (!t.get(i).text().equals("our") || !(next.equals("proposed") || next.equals("new") || next.equals("novel"))) continue;
            int end;
            if (t.get(i - 1).text().equals(",")) end = i - 1;
            else if (i >= 3 && (t.get(i - 1).text().equals("is") || t.get(i - 1).text().equals("are"))
                && (t.get(i - 2).text().equals("that") || t.get(i - 2).text().equals("which"))) end = i - 2;
            else continue;
            int start = end;
            while (start > 0 && start > end - 4 && (t.get(start - 1).isNoun() || t.get(start - 1).isAdjective() || t.get(start - 1).text().equals("-"))) start--;
            if (start == end || end - start < 2 && !NameShapes.isNameLike(t.get(start).text())) continue;
            String phrase = text.text().substring(t.get(start).start(), t.get(end - 1).end());
            if (known(phrase)) continue;
            out.add(new Candidate(text.section(), t.get(start).start(), t.get(end - 1).end(), phrase, null, Role.PROPOSES, 0.75, null, "cue-called-ours"));
        }
    }

    /** "the proposed MP_{+}", "our SegFormer": a name-shaped word the paper calls its own. */
    private void ourName(AnnotatedText text, Sentence s, List<Candidate> out) {
        Matcher m = OUR_NAME.matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            if (!NameShapes.isNameLike(name) && !name.contains("_") || name.length() < 3 || known(name) || name.matches("[a-z]+-.*")) continue;   // "our all-MLP model"
            int start = s.start() + m.start(1);
            out.add(new Candidate(text.section(), start, start + name.length(), name, null, Role.PROPOSES, 0.8, null, "cue-our-name"));
        }
    }

    /** "SegFormer-B0 ... SegFormer-B5": sized or staged variants of a proposed single-word name are proposed too. */
    static void variants(AnnotatedPaper paper, List<Candidate> out) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Candidate c : out)
            if (c.role() == Role.PROPOSES && c.surface().length() >= 3 && !c.surface().contains(" ") && NameShapes.isNameLike(c.surface())) names.add(c.surface());
        for (String name : names) {
            // Every variant spells the name and a hyphen: without that in the paper, skip compiling a pattern for it.
            if (paper.sections().stream().noneMatch(t -> t.text().contains(name + "-"))) continue;
            Pattern variant = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "-(?:[A-Z][A-Za-z]?\\d*|\\d+[A-Za-z]?|[Ll]arge|[Bb]ase|[Ss]mall|[Tt]iny)(?![\\w-])");
            for (AnnotatedText text : paper.sections()) {
                Matcher m = variant.matcher(text.text());
                while (m.find())
                    out.add(new Candidate(text.section(), m.start(), m.end(), m.group(), null, Role.PROPOSES, 0.8, null, "cue-variant"));
            }
        }
    }

    private boolean known(String surface) { return vocabulary.lookup(surface) != null; }

    /** The title text before a phrase, matched loosely on case and hyphens. */
    private static String titlePrefixBefore(String title, String phrase) {
        int at = key(title).indexOf(key(phrase));
        return at <= 0 ? "" : title.substring(0, Math.min(at, title.length()));
    }

    /** Lower case, hyphens as spaces: the same length as the input so offsets carry over. */
    private static String key(String s) { return s.toLowerCase(Locale.ROOT).replace('-', ' '); }
}
