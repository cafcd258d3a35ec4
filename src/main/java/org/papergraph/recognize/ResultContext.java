package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.papergraph.nlp.Sentence;

/** The dataset a reported number was measured on and the method it is credited to, from its sentence. */
final class ResultContext {
    /** Another outcome number between a number and a dataset means the dataset belongs to that one. */
    private static final Pattern OTHER_NUMBER = Pattern.compile("(?<![+±\\-\\w.])\\d+(?:\\.\\d+)?\\s*(?:%|\\\\%|x\\b|dB)");
    /** Words by which a sentence credits the paper's own method. */
    private static final Pattern OWN = Pattern.compile("\\b(?:our|we|proposed|this paper|this work)\\b", Pattern.CASE_INSENSITIVE);

    /** "9.00 dB on the voicebank-demand dataset": a name the linker did not know, made a dataset by the word after it. */
    private static final Pattern ON_NAMED = Pattern.compile("^\\s*(?:\\\\?%|x|×|dB)?\\s*on\\s+(?:the\\s+)?"
        + "((?:[A-Z][\\w.-]*\\s+){1,3}|[\\w.]*[A-Z\\d-][\\w.-]*\\s+)(?:dataset|benchmark|corpus)\\b");

    private ResultContext() {}

    /** The dataset named after the number ("88.96 on CelebAMask-HQ"), else before it in the sentence, else the paper's only dataset. */
    static Entity dataset(Sentence s, NumberMentions.Mention n, ResultFinder.Context ctx) {
        String text = s.text();
        for (Map.Entry<Candidate, Entity> e : ctx.datasets()) {
            Candidate c = e.getKey();
            if (c.start() < n.end() || c.end() > s.end() || c.start() - n.end() > 80) continue;
            if (!OTHER_NUMBER.matcher(text.substring(n.end() - s.start(), c.start() - s.start())).find()) return e.getValue();
        }
        java.util.regex.Matcher named = ON_NAMED.matcher(text.substring(n.end() - s.start()));
        if (named.find()) {
            String name = named.group(1).strip();
            return new Entity(EntityKeys.slug(name), name, java.util.Set.of(EntityType.DATASET), java.util.Set.of(), false);
        }
        Entity before = null;
        java.util.Set<Entity> inSentence = new java.util.LinkedHashSet<>();
        for (Map.Entry<Candidate, Entity> e : ctx.datasets()) {
            if (e.getKey().start() < s.start() || e.getKey().end() > s.end()) continue;
            inSentence.add(e.getValue());
            if (e.getKey().end() <= n.start()) before = OTHER_NUMBER.matcher(text.substring(e.getKey().end() - s.start(), n.start() - s.start())).find() ? null : e.getValue();
        }
        if (before != null) return before;
        return inSentence.size() == 1 ? inSentence.iterator().next() : ctx.onlyDataset();
    }

    /** "accuracies on A, B and C respectively reach 1, 2 and 3": as many numbers as datasets, paired in order. */
    static Map<NumberMentions.Mention, Entity> respectively(Sentence s, List<NumberMentions.Mention> numbers, ResultFinder.Context ctx) {
        if (!s.text().contains("respectively")) return Map.of();
        List<Entity> named = new ArrayList<>();
        for (Map.Entry<Candidate, Entity> e : ctx.datasets())
            if (e.getKey().start() >= s.start() && e.getKey().end() <= s.end() && !named.contains(e.getValue())) named.add(e.getValue());
        if (named.size() < 2 || named.size() != numbers.size()) return Map.of();
        Map<NumberMentions.Mention, Entity> out = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) out.put(numbers.get(i), named.get(i));
        return out;
    }

    /** Subjects that report others' numbers ("recent advances ... have already reached around 90%"). */
    static final Pattern PRIOR = Pattern.compile("\\b(?:recent advances|prior work|previous (?:work|methods|approaches|studies)|existing (?:methods|approaches|models))\\b",
        Pattern.CASE_INSENSITIVE);

    /** Words every match of PRIOR contains, in any case: keep in step with it. */
    static final String[] PRIOR_CUES = {"recent advances", "prior work", "previous", "existing"};

    /** Whether a sentence reports prior work's numbers: it names prior work and neither credits the paper nor names its method. */
    static boolean priorWork(Sentence s, ResultFinder.Context ctx) {
        if (!LiteralCues.containsAnyIgnoreCase(s.text(), PRIOR_CUES) || !PRIOR.matcher(s.text()).find() || OWN.matcher(s.text()).find()) return false;
        return ctx.proposed() == null || !names(s.text(), ctx.proposed());
    }

    /** The proposed method when the sentence credits the paper or names it, else a method named before the number, else the proposed one. */
    static Entity method(Sentence s, NumberMentions.Mention n, ResultFinder.Context ctx) {
        Entity proposed = ctx.proposed();
        if (proposed != null && (OWN.matcher(s.text()).find() || names(s.text(), proposed))) return proposed;
        Entity named = null;
        for (Map.Entry<Candidate, Entity> e : ctx.methods())
            if (e.getKey().start() >= s.start() && e.getKey().end() <= n.start()) named = e.getValue();
        return named != null ? named : proposed;
    }

    private static boolean names(String sentence, Entity e) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.contains(e.label().toLowerCase(Locale.ROOT))) return true;
        return e.altLabels().stream().anyMatch(a -> lower.contains(a.toLowerCase(Locale.ROOT)));
    }
}
