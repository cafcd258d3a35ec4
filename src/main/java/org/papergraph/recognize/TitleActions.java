package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Section;

/**
 * The task a title states as an action: "Predicting Users' Value Changes ..." addresses value change
 * prediction, "Managing Portfolio for ..." portfolio management, "Jointly Predicting Emotion, Age, and
 * Country ..." emotion, age and country prediction. The field names its tasks by the nominalised verb
 * after its object, so the task is named that way; the title's words stay its evidence. Only verbs
 * that name tasks: "Improving X" or "Accelerating X" say what the paper does to X, not a task.
 */
final class TitleActions {
    /** Gerunds of task verbs and the noun the field names the task with. */
    private static final Map<String, String> TASK_VERBS = Map.ofEntries(
        Map.entry("predicting", "prediction"), Map.entry("estimating", "estimation"), Map.entry("recommending", "recommendation"),
        Map.entry("managing", "management"), Map.entry("explaining", "explanation"), Map.entry("interpreting", "interpretation"),
        Map.entry("annotating", "annotation"), Map.entry("merging", "merging"), Map.entry("classifying", "classification"),
        Map.entry("detecting", "detection"), Map.entry("recognizing", "recognition"), Map.entry("recognising", "recognition"),
        Map.entry("segmenting", "segmentation"), Map.entry("summarizing", "summarization"), Map.entry("summarising", "summarization"),
        Map.entry("generating", "generation"), Map.entry("forecasting", "forecasting"), Map.entry("translating", "translation"),
        Map.entry("retrieving", "retrieval"), Map.entry("ranking", "ranking"), Map.entry("selecting", "selection"),
        Map.entry("compressing", "compression"), Map.entry("quantifying", "quantification"), Map.entry("localizing", "localization"),
        Map.entry("tracking", "tracking"), Map.entry("parsing", "parsing"), Map.entry("extracting", "extraction"),
        Map.entry("identifying", "identification"), Map.entry("reconstructing", "reconstruction"), Map.entry("captioning", "captioning"),
        Map.entry("labeling", "labeling"), Map.entry("labelling", "labelling"), Map.entry("clustering", "clustering"),
        Map.entry("diagnosing", "diagnosis"), Map.entry("verifying", "verification"), Map.entry("editing", "editing"),
        Map.entry("mitigating", "mitigation"));
    /** Where a title states its action: at its start, after its colon or dash, or after these words. */
    private static final Set<String> BEFORE_ACTION = Set.of(":", "--", "-", "for", "in", "on");
    /** Capitalised words that end the object because they open a clause. */
    private static final Set<String> CLAUSE = Set.of("based", "using", "via", "with", "from", "without", "through", "at", "in", "on",
        "of", "and", "to", "by", "for", "across", "under", "beyond");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private TitleActions() {}

    static void find(AnnotatedText title, List<Candidate> known, List<Candidate> out) {
        if (title.section() != Section.TITLE || title.sentences().size() != 1) return;
        List<Token> t = title.sentences().get(0).tokens();
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i).text().toLowerCase(Locale.ROOT);
            String nominal = TASK_VERBS.get(word);
            if (nominal == null || !actionSlot(t, i)) {
                // "... to Mitigate Hallucinations": the infinitive states the task too
                nominal = i > 0 && t.get(i - 1).text().equalsIgnoreCase("to") ? TASK_VERBS.get(gerund(word)) : null;
                if (nominal == null) continue;
            }
            for (int[] object : objects(t, i + 1)) {
                String phrase = objectWords(title.text(), t, object[0], object[1]) + " " + nominal;
                int start = t.get(i).start(), end = t.get(object[1] - 1).end();
                Candidate c = new Candidate(Section.TITLE, start, end, phrase, EntityType.TASK, Role.ADDRESSES, 0.6, null, "title-action");
                if (known.stream().noneMatch(k -> EntityKeys.key(k.surface()).equals(EntityKeys.key(phrase)))) out.add(c);
            }
        }
    }

    /** "mitigate" -> "mitigating", "predict" -> "predicting", "classify" -> "classifying". */
    private static String gerund(String infinitive) {
        return (infinitive.endsWith("e") ? infinitive.substring(0, infinitive.length() - 1) : infinitive) + "ing";
    }

    /** Whether the gerund at {@code i} opens the title or its subtitle, maybe after an adverb ("Jointly Predicting"). */
    private static boolean actionSlot(List<Token> t, int i) {
        int before = i - 1;
        if (before >= 0 && t.get(before).text().endsWith("ly")) before--;
        return before < 0 || BEFORE_ACTION.contains(t.get(before).text().toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("why", "how", "what", "when", "where", "which", "who", "whether");

    /** The objects after the gerund: one capitalised run, or several joined by commas and "and". */
    private static List<int[]> objects(List<Token> t, int from) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < t.size()) {
            if (ARTICLES.contains(t.get(i).text().toLowerCase(Locale.ROOT))) i++;
            if (i >= t.size()) break;
            // "Explaining Why And Proposing Defenses": a question word opens a clause, not the object
            if (QUESTION_WORDS.contains(t.get(i).text().toLowerCase(Locale.ROOT))) break;
            int end = TitleCaseRuns.end(t, i, CLAUSE);
            // "Users' Value Changes": the possessor is not the object
            if (end > i && (t.get(end - 1).text().endsWith("'") || end < t.size() && (t.get(end).text().equals("'") || t.get(end).text().equalsIgnoreCase("'s")))) {
                i = t.get(end - 1).text().endsWith("'") ? end : end + 1;
                continue;
            }
            // a sentence-case title goes on in lower case ("Predicting Brazilian court decisions")
            while (end < t.size() && end > i && Character.isLowerCase(t.get(end).text().charAt(0)) && (t.get(end).isNoun() || t.get(end).isAdjective())
                && !CLAUSE.contains(t.get(end).text())) end++;
            if (end == i) break;
            for (int k = i; k < end - 1; k++) if (t.get(k).text().endsWith("'") || t.get(k).text().equalsIgnoreCase("'s")) i = k + 1;
            // "Clustering Head: A Visual Case Study": a title's name, not its action
            if (i == from && from == 1 && end < t.size() && t.get(end).text().equals(":")) break;
            // a long object is a description, not a task's name
            if (end - i > 3) break;
            out.add(new int[] {i, end});
            int next = end;
            if (next < t.size() && t.get(next).text().equals(",")) next++;
            if (next < t.size() && t.get(next).text().equalsIgnoreCase("and")) next++;
            if (next == end || next >= t.size() || !Character.isUpperCase(t.get(next).text().charAt(0))) break;
            i = next;
        }
        // A list of one-word objects is a list of tasks; a list of phrases is more likely a clause.
        if (out.size() > 1 && out.stream().anyMatch(o -> o[1] - o[0] > 1)) return List.of(out.get(0));
        return out;
    }

    /** The object in lower case (acronyms kept), its last word singular: "Value Changes" -> "value change". */
    private static String objectWords(String text, List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            boolean acronym = w.length() > 1 && w.chars().filter(Character::isUpperCase).count() > 1;
            String word = acronym ? w : w.toLowerCase(Locale.ROOT);
            if (k == to - 1) word = acronym ? word.replaceFirst("(?<=[A-Z])s$", "") : EntityKeys.singular(word);
            boolean joined = k > from && t.get(k).start() == t.get(k - 1).end();
            if (sb.length() > 0 && !joined) sb.append(' ');
            sb.append(word);
        }
        return sb.toString();
    }
}
