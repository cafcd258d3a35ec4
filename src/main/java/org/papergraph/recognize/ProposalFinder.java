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
    static final Pattern CALLED = Pattern.compile(
        "\\b(?:called|dubbed|named|termed|coined|denoted(?: as)?|namely|referred to as)\\s+[\"'“]?" + NAME);
    /** Words every match of CALLED contains: keep in step with it. */
    static final String[] CALLED_CUES = {"called", "dubbed", "named", "termed", "coined", "denoted", "namely", "referred to as"};
    static final Pattern APPOSITION = Pattern.compile(
        "(?:^|[\\s(])" + NAME + ",\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,5}?(?:framework|method|model|approach|benchmark|dataset|toolkit|library|tool|algorithm|architecture|technique|system|corpus|suite|metric|network|pipeline|strategy|scheme)\\b");

    private final Vocabulary vocabulary;
    private final ProposalCues cues;

    ProposalFinder(Vocabulary vocabulary) { this.vocabulary = vocabulary; this.cues = new ProposalCues(vocabulary); }

    List<Candidate> find(AnnotatedPaper paper) {
        List<Candidate> out = new ArrayList<>();
        titlePrefix(paper.title(), out);
        TitleProcessFilter.apply(paper, out);
        // The cues find acronyms the paper defines for its artefact, which may then be a subject ("TED designs task-aware filters").
        List<Candidate> cued = new ArrayList<>();
        cues.find(paper, cued);
        java.util.Set<String> cuedNames = ProposedPhrases.ownNames(java.util.Set.of(), cued);
        for (AnnotatedText text : paper.sections()) ProposedPhrases.find(text, vocabulary, cuedNames, out);
        for (AnnotatedText text : paper.sections()) NamingPhrases.find(text, vocabulary, out);
        // A survey's lists name the notions it organises its field by ("a four-stage framework: Knowledge Recalling, ..."):
        // its own, but concepts rather than parts of a built artefact.
        List<Candidate> parts = new ArrayList<>();
        ComponentLists.find(paper.abstractText(), parts);
        boolean survey = SURVEY.matcher(paper.title().text()).find();
        for (Candidate c : parts) out.add(survey ? new Candidate(c.section(), c.start(), c.end(), c.surface(), EntityType.CONCEPT,
            Role.PROPOSES, c.confidence(), null, "component-list-survey") : c);
        for (AnnotatedText text : paper.sections())
            for (Sentence s : text.sentences()) {
                if (LiteralCues.containsAny(s.text(), CALLED_CUES)) sentencePattern(text.section(), s, CALLED, "called", 0.85, out);
                if (LiteralCues.hasCommaArticle(s.text())) sentencePattern(text.section(), s, APPOSITION, "apposition", 0.8, out);
            }
        out.addAll(cued);
        ProposalCues.variants(paper, out);
        return out;
    }

    /** Heads of title phrases that describe a study rather than name an artefact. */
    private static final java.util.Set<String> NOT_ARTEFACT = java.util.Set.of("analysis", "study", "survey", "review",
        "investigation", "evaluation", "comparison", "case", "perspective", "view", "insight", "insights", "lesson", "lessons",
        "understanding", "effect", "effects", "role", "impact", "approach", "method", "framework", "model", "models", "?");
    private static final java.util.Set<String> TITLE_LINKS = java.util.Set.of("for", "via", "with", "through", "towards", "to");

    /** A title that opens with its artefact: "Dynamic Residual Classifier for Class Incremental Learning". */
    private void titleHead(AnnotatedText title, List<Candidate> out) {
        if (title.sentences().isEmpty()) return;
        Sentence s = title.sentences().get(0);
        List<NounPhrases.Phrase> phrases = NounPhrases.of(s, title.text());
        if (phrases.isEmpty()) return;
        NounPhrases.Phrase p = phrases.get(0);
        List<org.papergraph.nlp.Token> t = s.tokens();
        if (p.first() != 0 || p.end() - p.first() < 2 || p.end() >= t.size()) return;
        String link = t.get(p.end()).text().toLowerCase(java.util.Locale.ROOT);
        // "Gramian Attention Heads are Strong yet Efficient Vision Learners": a title claiming something of an unknown name
        // claims it of its own artefact; of a known one ("Vision Transformers are ...") it studies that.
        boolean claim = (link.equals("is") || link.equals("are")) && vocabulary.lookup(p.text()) == null;
        if (!TITLE_LINKS.contains(link) && !claim) return;
        // A bare kind is no name, but three words before it make one ("Dirichlet Diffusion Score Model").
        if (NOT_ARTEFACT.contains(p.headLemma()) && !(MADE.contains(p.headLemma()) && p.end() - p.first() >= 4)) return;
        // "Accelerating Transformers with ...", "Improved Active Learning via ..." say what the paper does;
        // "Decoupling Classifier for ..." names a device.
        if (ACTION.matcher(t.get(p.first()).text()).matches() && !device(t.get(p.end() - 1).text())) return;
        boolean lowerPart = false;
        for (int i = p.first(); i < p.end(); i++) {
            if (!Character.isLowerCase(t.get(i).text().charAt(0)) || t.get(i).text().equals("-")) continue;
            if (!(i > 0 && t.get(i - 1).text().equals("-"))) return;
            lowerPart = true;   // "Multi-head Span-based Detector": sentence-case compounds
        }
        // With sentence-case compounds a process head reads as a task ("Weakly-supervised Audio Separation").
        if (lowerPart && PROCESS.matcher(t.get(p.end() - 1).text()).matches()) return;
        out.add(new Candidate(Section.TITLE, p.start(), p.endOffset(), p.text(), null, Role.PROPOSES, 0.7, null, "title-head"));
    }

    private static final java.util.Set<String> MEANS_LINKS = java.util.Set.of("via", "with", "using", "through", "by", "into");

    /**
     * The means a title names for what it does: "Tuning Pre-trained Model via Moment Probing",
     * "Improving Automatic Speech Recognition with Decoder-Centric Regularisation". Only when the title
     * opens with its action (or links with "via"), and only a described phrase the vocabulary does not
     * know: "with Transformers" uses a known thing, "with the Friends' Influence" describes no artefact.
     * Its rule name keeps it out of {@link TitleProcessFilter}: a process noun after "via" is the paper's device.
     */
    private void titleMeans(AnnotatedText title, List<Candidate> out) {
        if (title.sentences().size() != 1) return;
        Sentence s = title.sentences().get(0);
        List<org.papergraph.nlp.Token> t = s.tokens();
        if (t.isEmpty() || SURVEY.matcher(title.text()).find()) return;
        boolean opensWithAction = ACTION.matcher(t.get(0).text()).matches() || t.get(0).tag().equals("VERB");
        // "Combining Self-labeling with Selective Sampling": what a title combines already exists; it is used.
        boolean combines = COMBINING.contains(t.get(0).text().toLowerCase(java.util.Locale.ROOT));
        for (int i = 1; i + 2 < t.size(); i++) {
            String link = t.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (!MEANS_LINKS.contains(link) || !(opensWithAction || link.equals("via"))) continue;
            int first = i + 1;
            String article = t.get(first).text().toLowerCase(java.util.Locale.ROOT);
            if (article.equals("the")) return;   // "by the Friends' Influence" points at something known
            if (article.equals("a") || article.equals("an")) first++;
            if (t.get(first).text().endsWith("ly")) return;   // "by Recursively Masking ...": a clause, not a name
            int end = TitleCaseRuns.end(t, first, java.util.Set.of());
            int words = 0;
            for (int k = first; k < end; k++) if (Character.isLetter(t.get(k).text().charAt(0))) words++;
            if (words < 2 || end < t.size() && !MEANS_END.contains(t.get(end).text().toLowerCase(java.util.Locale.ROOT))) return;
            String phrase = title.text().substring(t.get(first).start(), t.get(end - 1).end());
            String last = t.get(end - 1).lemma().toLowerCase(java.util.Locale.ROOT);
            if (NOT_ARTEFACT.contains(last) || QUALITY.matcher(last).matches() || vocabulary.lookup(phrase) != null) return;
            // "Using Models Trained for ...": a participle ends a clause; "Using Esports Data": data is used, not built.
            if (t.get(end - 1).tag().equals("VERB") && t.get(end - 1).text().endsWith("ed") || last.equals("data")) return;
            out.add(new Candidate(Section.TITLE, t.get(first).start(), t.get(end - 1).end(), phrase, null, combines ? Role.USES : Role.PROPOSES, 0.7, null,
                combines ? "combined-in-title" : "means-in-title"));
            return;
        }
    }

    private static final java.util.Set<String> COMBINING = java.util.Set.of("combining", "integrating", "unifying", "comparing", "bridging", "connecting");

    /** A quality ("Semantic Similarity", "Feature Importance") is what a method exploits, not the method. */
    private static final Pattern QUALITY = Pattern.compile(".*(?:ity|ness|ance|ence)s?");

    /** What may end the means phrase of a title: a function word opening the rest, or the end. */
    private static final java.util.Set<String> MEANS_END = java.util.Set.of("for", "on", "in", "of", "to", "from", "at", "and", "without", "under", "across", "beyond");

    private static final Pattern PROCESS = Pattern.compile("(?i).*(?:ing|tion|sion|ment)s?");
    private static final java.util.Set<String> MADE = java.util.Set.of("model", "method", "framework", "approach");

    /** A singular agent noun names a device ("Classifier", "Detector"), a plural one a class of them. */
    private static boolean device(String head) {
        return head.length() > 4 && (head.endsWith("er") || head.endsWith("or")) && Character.isUpperCase(head.charAt(0));
    }

    /** A title opening with an action or a participle describes what the paper does, not what it names. */
    private static final Pattern ACTION = Pattern.compile("[A-Z][a-z]+(?:ing|ed)");
    private static final Pattern SURVEY = Pattern.compile("(?i)\\b(survey|review|overview|tutorial|primer)\\b");

    /** Whether the title's first noun phrase spans its first {@code length} characters. */
    private static boolean wholePhrase(AnnotatedText title, int length) {
        List<NounPhrases.Phrase> phrases = NounPhrases.of(title.sentences().get(0), title.text());
        return !phrases.isEmpty() && phrases.get(0).start() == title.text().indexOf(title.text().strip()) && phrases.get(0).endOffset() >= length
            && !title.sentences().get(0).tokens().get(0).tag().equals("VERB");
    }

    private static final Pattern KIND_SUBTITLE = Pattern.compile("\\s*:\\s*(?:A|An)\\s+(?:[\\w-]+\\s+){0,4}?(?:Tool|Toolkit|Library|"
        + "Framework|Benchmark|Dataset|Corpus|Metric|Score|Measure|Model|Method|Approach|Architecture|Algorithm|Network|System|Suite|Platform)s?\\b",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern SYSTEM_AT_EVENT = Pattern.compile("(\\S+) at [A-Z].*");

    private static final Pattern STUDY_SUBTITLE = Pattern.compile("\\s*:\\s*(?:A|An)\\s+(?:[\\w-]+\\s+){0,4}?"
        + "(?:Study|Analysis|Investigation|Examination|Exploration|Look)(?=\\s+(?:of|on|in|into|for)\\b|\\s*$)", Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> PREPOSITION = java.util.Set.of("on", "towards", "toward", "beyond", "about", "for", "from", "in");

    private void titlePrefix(AnnotatedText title, List<Candidate> out) {
        Matcher m = TITLE_PREFIX.matcher(title.text());
        if (!m.find()) { titleHead(title, out); titleMeans(title, out); return; }
        String prefix = m.group(1);
        Matcher entry = SYSTEM_AT_EVENT.matcher(prefix);
        if (entry.matches() && NameShapes.isNameLike(entry.group(1))) {
            // "SHROOM-INDElab at SemEval-2024 Task 6: ...": a shared-task paper names its system before "at" and the event
            int start = title.text().indexOf(prefix);
            out.add(new Candidate(Section.TITLE, start, start + entry.group(1).length(), entry.group(1), null, Role.PROPOSES, 0.9, null, "title-system"));
            return;
        }
        String[] words = prefix.split("\\s+");
        boolean nameLike = words.length == 1 ? Character.isUpperCase(prefix.charAt(0)) || NameShapes.isNameLike(prefix)
            : words.length <= 3 && java.util.Arrays.stream(words).allMatch(NameShapes::isNameLike);
        // Short title-case prefixes name the contribution too ("Attention Lens: A Tool for ...").
        // "Attention Lens: A Tool for ...", "The Vendi Score: A Diversity Evaluation Metric": the subtitle says what kind of artefact.
        boolean kindFollows = KIND_SUBTITLE.matcher(title.text().substring(m.end(1))).lookingAt();
        if (!nameLike && words.length <= 4) nameLike = java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
        if (!nameLike || prefix.startsWith("[") || NOT_ARTEFACT.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) return;
        if (words.length > 1 && !kindFollows && !wholePhrase(title, prefix.length())) return;
        if (PREPOSITION.contains(words[0].toLowerCase(java.util.Locale.ROOT))) return;   // "On Breast Cancer Detection: ..." is a study   // "BERT Loses Patience", "Enhancing X"
        if (words.length > 1 && ACTION.matcher(words[0]).matches()) return;   // "Rethinking Evaluation Metric: ..."
        if (SURVEY.matcher(title.text()).find()) return;
        // "Clustering Head: A Visual Case Study of ...": a subtitle saying the paper studies something makes the prefix its subject
        if (STUDY_SUBTITLE.matcher(title.text().substring(m.end(1))).lookingAt()) return;
        int start = title.text().indexOf(prefix);
        out.add(new Candidate(Section.TITLE, start, start + prefix.length(), prefix, null, Role.PROPOSES, 0.95, null, "title-prefix"));
    }

    private void sentencePattern(Section section, Sentence s, Pattern p, String rule, double conf, List<Candidate> out) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            if (name.endsWith(".")) name = name.substring(0, name.length() - 1);   // "referred to as ANDHRA.": the sentence's full stop
            if (!NameShapes.isNameLike(name) && !rule.equals("called")) continue;
            int start = s.start() + m.start(1);
            out.add(new Candidate(section, start, start + name.length(), name, null, Role.PROPOSES, conf, null, rule));
        }
    }
}
