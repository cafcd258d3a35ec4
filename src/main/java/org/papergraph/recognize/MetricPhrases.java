package org.papergraph.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * The measures named in a sentence, whether the vocabulary knows them or not: noun phrases headed by
 * a measure word ("average macro F1-score", "retrieval accuracy", "refusal rate"), by a change of a
 * cost ("FLOPs reduction", "accuracy drop", "parameter overhead"), and metric acronyms a phrase
 * defines ("signal-to-distortion ratio improvement (SDRi)").
 */
final class MetricPhrases {
    /** A measure: its span in the section text and the entity a result reports it with. */
    record Span(int start, int end, Entity entity, boolean fromVocabulary) {}

    /** Head words of measures; kept to words that name a measure in any field, not corpus names. */
    static final Set<String> HEADS = Set.of("accuracy", "precision", "recall", "f1", "f1-score", "score", "rate", "error",
        "auc", "auroc", "auprc", "bleu", "rouge", "meteor", "map", "ap", "miou", "iou", "fps", "speedup", "speed-up",
        "perplexity", "psnr", "ssim", "lpips", "fid", "wer", "cer", "eer", "mse", "mae", "rmse", "latency", "throughput",
        "ratio", "correlation", "coverage", "sdr", "sdri", "snr", "ssnr", "dice", "ndcg", "mrr", "hit",
        "fidelity", "agreement", "compression", "acc", "top-1", "top-5");
    /** Changes of a cost that papers report as outcomes. */
    static final Set<String> CHANGES = Set.of("reduction", "drop", "decrease", "loss", "degradation", "overhead", "speedup",
        "speed-up", "compression", "saving", "savings");
    /** Changes that are gains over a baseline, which are not results. */
    static final Set<String> GAINS = Set.of("improvement", "gain", "increase", "boost", "margin", "advantage");

    /** Words that say how a change is counted, not what changed ("absolute reduction"). */
    private static final Set<String> MANNER = Set.of("absolute", "relative", "average", "minimal", "slight", "marginal", "negligible", "total", "overall");
    /** Words a tagger may take into a phrase before the measure ("while maintaining performance"). */
    private static final Set<String> LEADS = Set.of("while", "whereas", "when", "thus", "hence", "thereby", "yet", "still");

    private MetricPhrases() {}

    /** The phrase without leading verbs and clause words ("suffering drops" -> "drops"), or null if nothing is left. */
    private static NounPhrases.Phrase withoutLead(NounPhrases.Phrase p, List<Token> t, String text) {
        int i = p.first();
        while (i < p.end() - 1 && (t.get(i).tag().equals("VERB") || LEADS.contains(NounPhrases.lower(t.get(i))) || numberLike(t.get(i)))) i++;
        if (i == p.first()) return p;
        int start = t.get(i).start();
        return new NounPhrases.Phrase(i, p.end(), start, p.endOffset(), text.substring(start, p.endOffset()), p.headLemma());
    }

    private static final Pattern NUMBER_OR_PERCENT = Pattern.compile("\\\\?%|[\\d.,]+");

    /** "an 81.5 % top-1 accuracy": the article, number and unit before a measure are not part of its name. */
    private static boolean numberLike(Token k) {
        String tag = k.tag();
        return tag.equals("DET") || tag.equals("NUM") || tag.equals("SYM") || NUMBER_OR_PERCENT.matcher(k.text()).matches();
    }

    /** The measures of a sentence, left to right: vocabulary metrics widened to their whole phrase, then other measure phrases. */
    static List<Span> of(Sentence s, String text, List<Map.Entry<Candidate, Entity>> vocabularyMetrics) {
        List<Span> out = new ArrayList<>();
        List<Span> gains = new ArrayList<>();
        List<Token> t = s.tokens();
        for (NounPhrases.Phrase whole : NounPhrases.of(s, text)) {
            NounPhrases.Phrase p = withoutLead(whole, t, text);
            if (p == null) continue;
            Entity known = knownInside(p, vocabularyMetrics);
            String head = p.headLemma();
            boolean measure = HEADS.contains(head) || CHANGES.contains(head) && p.end() - p.first() > 1
                && !MANNER.contains(NounPhrases.lower(t.get(p.first())));
            boolean defined = definesAcronym(t, p.end());
            if (GAINS.contains(head) && !defined) { gains.add(new Span(p.start(), p.endOffset(), null, false)); continue; }
            if (defined && (measure || known != null || GAINS.contains(head)) && p.end() - p.first() > 1) {
                Token acr = t.get(p.end() + 1);   // the paper's own acronym names the measure it reports
                out.add(new Span(p.start(), acr.end() + 1, metric(acr.text(), Set.of(p.text())), false));
                continue;
            }
            if (known != null && (exactly(p, vocabularyMetrics) || !measure)) { out.add(new Span(p.start(), p.endOffset(), known, true)); continue; }
            if (!measure) continue;
            out.add(new Span(p.start(), p.endOffset(), metric(label(p, t), Set.of()), false));
        }
        // Vocabulary metrics the tagger did not put in a noun phrase ("AUROC = 0.77"), unless inside a gain ("accuracy increase").
        for (Map.Entry<Candidate, Entity> e : vocabularyMetrics) {
            Candidate c = e.getKey();
            if (c.start() < s.start() || c.end() > s.end()) continue;
            // A known metric wider than the phrase the tagger cut ("top -1 accuracy" tagged as "accuracy") takes its place.
            out.removeIf(x -> x.start() >= c.start() && x.end() <= c.end() && x.end() - x.start() < c.end() - c.start());
            if (out.stream().noneMatch(x -> x.start() < c.end() && c.start() < x.end())
                && gains.stream().noneMatch(x -> x.start() < c.end() && c.start() < x.end())) out.add(new Span(c.start(), c.end(), e.getValue(), true));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A metric entity for a phrase the vocabulary does not hold. */
    static Entity metric(String label, Set<String> aliases) {
        return new Entity(EntityKeys.slug(label), label, Set.of(EntityType.METRIC), aliases, false);
    }

    /** The phrase as written, its last word in the singular ("macro F1-scores" -> "macro F1-score"; "FLOPs" stays). */
    private static String label(NounPhrases.Phrase p, List<Token> t) {
        String text = p.text();
        int cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1;
        String last = text.substring(cut);
        return last.toLowerCase(Locale.ROOT).equals(last) ? text.substring(0, cut) + EntityKeys.singular(last) : text;
    }

    /** Whether the phrase ending before token {@code end} is followed by "(ACRONYM)". */
    private static boolean definesAcronym(List<Token> t, int end) {
        return end + 2 < t.size() && t.get(end).text().equals("(") && t.get(end + 2).text().equals(")")
            && NameShapes.isNameLike(t.get(end + 1).text());
    }

    private static Entity knownInside(NounPhrases.Phrase p, List<Map.Entry<Candidate, Entity>> metrics) {
        for (Map.Entry<Candidate, Entity> e : metrics)
            if (e.getKey().start() >= p.start() && e.getKey().end() <= p.endOffset()) return e.getValue();
        return null;
    }

    private static boolean exactly(NounPhrases.Phrase p, List<Map.Entry<Candidate, Entity>> metrics) {
        for (Map.Entry<Candidate, Entity> e : metrics)
            if (e.getKey().start() == p.start() && e.getKey().end() == p.endOffset()) return true;
        return false;
    }
}
