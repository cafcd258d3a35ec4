package org.papergraph.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;
import org.papergraph.paper.Section;

/**
 * The problem a title says its work is for: "... for Parkinson's Disease Detection", "... for Efficient
 * Language Data Sampling". Title case hides the parts of speech (the tagger calls "Sampling" a verb),
 * so the phrase is the run of capitalised words after "for", without evaluative words before it; it is
 * a task when its last word names an activity, a concept when it names a component or phenomenon.
 */
final class TitleTasks {
    /** Activity heads beyond the ones {@link TypeGuesser} knows; plural-free lower-case lemmas. */
    private static final Pattern ACTIVITY = Pattern.compile(".*(?:tion|sion|ing|sis|ics)");
    private static final Set<String> EVALUATIVE = Set.of("efficient", "better", "automated", "automatic", "improved", "robust",
        "scalable", "fast", "faster", "important", "accurate", "effective", "practical", "generalizable", "simple", "reliable", "large",
        "large-scale", "improving", "boosting", "accelerating", "enhancing", "more", "training-free", "generalized");
    /** Capitalised words that end the phrase because they open a clause ("... Based on ...", "... Using ..."). */
    private static final Set<String> CLAUSE = Set.of("based", "using", "via", "with", "from", "without", "through", "at", "in", "on", "of", "and", "to", "by");

    private TitleTasks() {}

    static void find(AnnotatedText title, List<Candidate> known, List<Candidate> out) {
        if (title.section() != Section.TITLE || title.sentences().size() != 1) return;
        Sentence s = title.sentences().get(0);
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).text().equals("for")) continue;
            int first = i + 1, end = TitleCaseRuns.end(t, first, CLAUSE);
            while (first < end && (EVALUATIVE.contains(t.get(first).text().toLowerCase(Locale.ROOT)) || t.get(first).text().equals("-")
                || t.get(first).text().endsWith("ly") || isKnownModel(t.get(first), known))) first++;
            first = afterDescribingCompound(t, first, end);
            // One word ("for Recognition") is too broad to tell which task; the vocabulary covers the known ones.
            if (end - first < 2) continue;
            String last = t.get(end - 1).text().toLowerCase(Locale.ROOT);
            EntityType type = typeOf(last, end - first);
            if (type == null) continue;
            int start = t.get(first).start(), stop = t.get(end - 1).end();
            Candidate c = new Candidate(Section.TITLE, start, stop, title.text().substring(start, stop), type,
                type == EntityType.TASK ? Role.ADDRESSES : Role.STUDIES, 0.65, null, "title-for");
            // It may narrow a known task ("Few Shot Class Incremental Learning" holds "class incremental learning").
            boolean free = known.stream().noneMatch(k -> k.overlaps(c) && (k.start() < c.start() || k.end() > c.end())
                || k.start() == c.start() && k.end() == c.end());
            if (free) out.add(c);
        }
    }

    /**
     * "for Head-wise KV Cache Compression": how the task is done is not part of its name. The tokenizer splits the
     * compound ("Head", "-", "wise"), so it is read back from adjacent tokens.
     */
    private static int afterDescribingCompound(List<Token> t, int first, int end) {
        int last = first;
        while (last + 2 < end && t.get(last + 1).text().equals("-") && t.get(last + 1).start() == t.get(last).end()
            && t.get(last + 2).start() == t.get(last + 1).end()) last += 2;
        if (last == first) return first;
        String compound = t.get(last).text().toLowerCase(Locale.ROOT);
        return NarrowedMentions.describesAProperty("-" + compound) ? last + 1 : first;
    }

    /** "for LLM KV Cache Compression": the model the task is done for is named on its own. */
    private static boolean isKnownModel(Token word, List<Candidate> known) {
        return known.stream().anyMatch(k -> k.start() == word.start() && k.end() == word.end() && k.concept() != null
            && k.concept().types().equals(java.util.Set.of(EntityType.METHOD)));
    }

    private static EntityType typeOf(String last, int words) {
        String head = EntityKeys.singular(last);
        if (TypeGuesser.isTaskHead(head) || ACTIVITY.matcher(head).matches() && head.length() > 5) return EntityType.TASK;
        if (words >= 2 && TypeGuesser.fromHead(head) == EntityType.CONCEPT) return EntityType.CONCEPT;
        return null;
    }
}
