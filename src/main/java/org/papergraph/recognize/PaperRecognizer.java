package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Entity recognition and linking for one paper: gathers candidates from every finder, merges the
 * ones that name the same entity (acronym and long form, plural, vocabulary alias), decides each
 * entity's type and role, and finds results, links and relations. Thread-safe: it keeps no state
 * between papers, and the vocabulary is read-only.
 */
public final class PaperRecognizer {
    private final Vocabulary vocabulary;
    private final VocabularyMatcher vocabularyMatcher;
    private final AcronymFinder acronyms = new AcronymFinder();
    private final ProposalFinder proposals;
    private final LinkFinder links = new LinkFinder();
    private final ResultFinder results = new ResultFinder();

    public PaperRecognizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.vocabularyMatcher = new VocabularyMatcher(vocabulary);
        this.proposals = new ProposalFinder(vocabulary);
    }

    /** Recognizes entities, roles, results and links in an analysed paper. */
    public LinkedPaper recognize(AnnotatedPaper paper) {
        List<AcronymFinder.Definition> definitions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<PaperLink> found = new ArrayList<>();
        for (AnnotatedText text : paper.sections()) {
            List<Candidate> known = vocabularyMatcher.find(text);
            CompoundMetrics.widen(text, known);
            known.addAll(ElidedMetrics.find(text, known, vocabulary));
            NarrowedTasks.narrow(text, known);
            List<Candidate> variants = new ArrayList<>();
            ModelVariants.findInTokens(text, vocabulary, known, variants);
            // A whole-token variant replaces the plain name matched inside it.
            known.removeIf(k -> variants.stream().anyMatch(v -> v.overlaps(k)));
            candidates.addAll(known);
            candidates.addAll(variants);
            List<AcronymFinder.Definition> defs = acronyms.find(text);
            definitions.addAll(defs);
            candidates.addAll(definedTerms(text, defs));
            found.addAll(links.find(text));
        }
        candidates.addAll(proposals.find(paper));
        List<Candidate> titleTasks = new ArrayList<>();
        TitleTasks.find(paper.title(), candidates, titleTasks);
        TitleActions.find(paper.title(), candidates, titleTasks);
        candidates.addAll(titleTasks);
        TitleSubjects.find(paper.title(), candidates);
        List<Candidate> headed = new ArrayList<>();
        for (AnnotatedText text : paper.sections()) HeadedPhrases.find(text, candidates, headed);
        candidates.addAll(headed);
        for (AnnotatedText text : paper.sections()) candidates.addAll(nameShapedTokens(text, candidates, found));

        EntityGrouping grouping = new EntityGrouping(vocabulary, definitions, paper);
        grouping.addAll(candidates);
        List<EntityMention> mentions = grouping.mentions();
        Entity proposedMethod = mentions.stream().filter(m -> m.role() == Role.PROPOSES)
            .map(EntityMention::entity).findFirst().orElse(null);
        List<ReportedResult> reported = new ArrayList<>();
        List<Entity> datasets = paper.sections().stream().flatMap(t -> grouping.located(t.section(), EntityType.DATASET).stream())
            .map(Map.Entry::getValue).distinct().toList();
        for (AnnotatedText text : paper.sections())
            reported.addAll(results.find(text, new ResultFinder.Context(grouping.located(text.section(), EntityType.METRIC),
                grouping.located(text.section(), EntityType.DATASET), grouping.located(text.section(), EntityType.METHOD),
                proposedMethod, datasets.size() == 1 ? datasets.get(0) : null)));
        return new LinkedPaper(paper, mentions, reported, distinct(found), grouping.relations());
    }

    /** Acronym definitions give two surface forms of one entity; both become candidates. */
    private List<Candidate> definedTerms(AnnotatedText text, List<AcronymFinder.Definition> defs) {
        List<Candidate> out = new ArrayList<>();
        for (AcronymFinder.Definition d : defs) {
            out.add(new Candidate(text.section(), d.longStart(), d.longEnd(), d.longForm(), null, null, 0.75, null, "acronym-long-form"));
            out.add(new Candidate(text.section(), d.shortStart(), d.shortEnd(), d.shortForm(), null, null, 0.75, null, "acronym-definition"));
        }
        return out;
    }

    /** Tokens shaped like names ("FishSpeech", "RawNet2") that no other finder covered. */
    private List<Candidate> nameShapedTokens(AnnotatedText text, List<Candidate> known, List<PaperLink> urls) {
        List<Candidate> out = new ArrayList<>();
        String titlePrefix = titlePrefix(text);
        for (Sentence s : text.sentences())
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                int last = JoinedTokens.lastOfName(text.text(), s.tokens(), i);
                if (last > i) {
                    // The tokenizer cut a name at its hyphens or digits ("DPM-Solver++", "Flickr30k"): take it whole.
                    int start = t.start(), end = s.tokens().get(last).end();
                    addUncovered(new Candidate(text.section(), start, end, text.text().substring(start, end), null, null, 0.6, null, "name-shape-joined"), known, urls, out);
                    i = last;
                    continue;
                }
                if (t.text().contains("--")) {   // "approaches---VarGrad": a dash run the tokenizer kept joins two words
                    dashedPieces(text, t, known, urls, out);
                    continue;
                }
                if (!NameShapes.isNameLike(t.text()) || isFragment(text.text(), t.start(), t.end()) || inCitation(text.text(), t.start())) continue;
                if (SpelledLongForms.spells(s.tokens(), i, titlePrefix)) continue;
                addUncovered(new Candidate(text.section(), t.start(), t.end(), t.text(), null, null, 0.6, null, "name-shape"), known, urls, out);
            }
        return out;
    }

    /** "(LeCun, Cortes, and Burges, 2010)", "LeCun et al.": the names of a citation are its authors. */
    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile("[^()]{0,80}?(?:,\\s*(?:19|20)\\d\\d[a-z]?\\)|\\bet al\\.)");

    private static boolean inCitation(String text, int start) {
        int open = text.lastIndexOf('(', start);
        boolean inParens = open >= 0 && text.indexOf(')', open) > start && start - open < 80;
        java.util.regex.Matcher m = CITATION.matcher(text).region(start, Math.min(text.length(), start + 100));
        if (!m.lookingAt()) return false;
        // "et al." right after the name, or a year closing the parenthesis the name stands in
        return m.group().endsWith("et al.") ? m.end() - start <= 40 : inParens;
    }

    private static final java.util.regex.Pattern DASH_RUN = java.util.regex.Pattern.compile("-{2,}");

    private static void dashedPieces(AnnotatedText text, Token t, List<Candidate> known, List<PaperLink> urls, List<Candidate> out) {
        java.util.regex.Matcher m = DASH_RUN.matcher(t.text());
        int from = 0;
        while (from <= t.text().length()) {
            boolean more = m.find();
            int to = more ? m.start() : t.text().length();
            String piece = t.text().substring(from, to);
            if (NameShapes.isNameLike(piece)) {
                int start = t.start() + from;
                addUncovered(new Candidate(text.section(), start, start + piece.length(), piece, null, null, 0.6, null, "name-shape"), known, urls, out);
            }
            if (!more) break;
            from = m.end();
        }
    }

    private static void addUncovered(Candidate c, List<Candidate> known, List<PaperLink> urls, List<Candidate> out) {
        boolean covered = known.stream().anyMatch(k -> k.overlaps(c))
            || urls.stream().anyMatch(u -> u.evidence().section() == c.section() && u.evidence().start() <= c.start() && c.end() <= u.evidence().end());
        if (!covered) out.add(c);
    }

    /** The single word a title puts before its colon ("CRAFT: Concept Recursive ..."), or null. */
    private static String titlePrefix(AnnotatedText text) {
        if (text.section() != org.papergraph.paper.Section.TITLE) return null;
        int colon = text.text().indexOf(':');
        String prefix = colon < 0 ? "" : text.text().substring(0, colon).strip();
        return prefix.isEmpty() || prefix.contains(" ") ? null : prefix;
    }

    /** A token the tokenizer cut out of a longer word ("GBLM" of "GBLM-Pruner", "ProtoT" of "ProtoTEx") is not a name by itself. */
    private static boolean isFragment(String text, int start, int end) {
        return start > 0 && joins(text.charAt(start - 1)) || end < text.length() && joins(text.charAt(end));
    }

    private static boolean joins(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '_';
    }

    private static List<PaperLink> distinct(List<PaperLink> links) {
        Map<String, PaperLink> byUrl = new LinkedHashMap<>();
        for (PaperLink l : links) byUrl.putIfAbsent(l.url(), l);
        return new ArrayList<>(byUrl.values());
    }

    /** For tests and tools: the vocabulary in use. */
    public Vocabulary vocabulary() { return vocabulary; }

}
