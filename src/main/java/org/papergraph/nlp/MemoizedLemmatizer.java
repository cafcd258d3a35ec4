package org.papergraph.nlp;

import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's statistical lemmatizer with the same model, features and beam search, and the same
 * output as {@link LemmatizerME}, made cheap. Profiling showed LemmatizerME took ~75% of a build:
 * for every token and beam entry it scores all of the model's lemma classes (thousands of exps)
 * and then sorts the whole score array only to find the beam's k-th best score. Here the k-th best
 * is selected in one pass, and the classes that survive a context are memoized per context
 * (the model is a pure function of the context's features, so a hit returns exactly what a
 * fresh evaluation would). Not thread-safe: one per thread, like the ME tools.
 */
final class MemoizedLemmatizer {
    private static final String MODEL_ENTRY = "lemmatizer.model";
    /** BeamSearch's own floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int beamSize;
    private final double[] probs;
    private final OutcomeMemo memo;
    /** OpenNLP's default features are a function of the token, its tag and the previous outcome alone: a short key suffices. */
    private final boolean wordTagPreviousContext;
    /** OpenNLP's default validator accepts every outcome, so the outcomes so far need not be copied out for it. */
    private final boolean acceptsAll;

    /** Slots of the near cache (a power of two). */
    private static final int NEAR_SLOTS = 1 << 11;
    /**
     * A small direct-mapped cache in front of the shared memo, this thread's own: the commonest contexts
     * ("the", "of", "model") are answered from a table that stays in the CPU cache, where a lookup in the
     * large shared table mostly waits for memory. Values are pure functions of the keys, like the memo's.
     */
    private final Object[] nearKeys = new Object[NEAR_SLOTS];
    private final OutcomeMemo.Survivors[] nearSurvivors = new OutcomeMemo.Survivors[NEAR_SLOTS];

    /** The memo key under the default features: the previous outcome by its id (-1 at the start). */
    private record WordTagPrevious(String word, String tag, int previous) {}

    /** A lemmatizer with a memo of its own. */
    MemoizedLemmatizer(LemmatizerModel lemmatizerModel, int memoEntries) {
        this(lemmatizerModel, new OutcomeMemo(memoEntries));
    }

    /** A lemmatizer sharing a memo (of this model's contexts) with others. */
    MemoizedLemmatizer(LemmatizerModel lemmatizerModel, OutcomeMemo memo) {
        this.model = lemmatizerModel.getArtifact(MODEL_ENTRY);
        this.contexts = lemmatizerModel.getFactory().getContextGenerator();
        this.validator = lemmatizerModel.getFactory().getSequenceValidator();
        String beam = lemmatizerModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beamSize = beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.probs = new double[model.getNumOutcomes()];
        this.memo = memo;
        this.wordTagPreviousContext = contexts.getClass() == DefaultLemmatizerContextGenerator.class;
        this.acceptsAll = validator.getClass() == DefaultLemmatizerSequenceValidator.class;
    }

    /** Whether the model is one this class can evaluate (a plain maxent model, as in the UD models). */
    static boolean supports(LemmatizerModel lemmatizerModel) {
        return lemmatizerModel.getArtifact(MODEL_ENTRY) instanceof MaxentModel;
    }

    /** The lemmas of a tagged sentence, as {@link LemmatizerME#lemmatize(String[], String[])} gives them. */
    String[] lemmatize(String[] tokens, String[] tags) {
        return LemmatizerME.decodeLemmas(tokens, bestPath(tokens, tags).outcomeNames(model));
    }

    /** Memo lookups and hits so far, for the benchmark. */
    long[] memoStats() { return new long[] {memo.lookups(), memo.hits()}; }

    /** The beam search of OpenNLP's BeamSearch.bestSequences(1, ...), step for step, so ties resolve the same. */
    private BeamPath bestPath(String[] tokens, String[] tags) {
        Object[] extra = {tags};
        Queue<BeamPath> prev = new PriorityQueue<>(beamSize);
        Queue<BeamPath> next = new PriorityQueue<>(beamSize);
        prev.add(BeamPath.START);
        // Beam entries of one step often end in the same outcome, which under the default features is the
        // same context: the step keeps the survivors it looked up by previous outcome.
        int[] stepPrevious = new int[beamSize];
        OutcomeMemo.Survivors[] stepSurvivors = new OutcomeMemo.Survivors[beamSize];
        int lookups = 0, hits = 0;
        for (int i = 0; i < tokens.length; i++) {
            int width = Math.min(beamSize, prev.size());
            int stepKnown = 0;
            for (int b = 0; !prev.isEmpty() && b < width; b++) {
                BeamPath top = prev.remove();
                String[] outcomes = acceptsAll && wordTagPreviousContext ? null : top.outcomeNames(model);
                OutcomeMemo.Survivors survivors = null;
                if (wordTagPreviousContext)
                    for (int k = 0; k < stepKnown && survivors == null; k++) if (stepPrevious[k] == top.last()) survivors = stepSurvivors[k];
                lookups++;
                if (survivors != null) {
                    hits++;
                } else {
                    Object key = wordTagPreviousContext
                        ? new WordTagPrevious(tokens[i], tags[i], top.last())
                        : OutcomeMemo.key(contexts.getContext(i, tokens, outcomes, extra));
                    int near = nearSlot(key);
                    survivors = key.equals(nearKeys[near]) ? nearSurvivors[near] : memo.get(key);
                    if (survivors != null) {
                        hits++;
                    } else {
                        if (outcomes == null) outcomes = top.outcomeNames(model);
                        survivors = memo.put(key, survivors(model.eval(contexts.getContext(i, tokens, outcomes, extra), probs)));
                    }
                    nearKeys[near] = key;
                    nearSurvivors[near] = survivors;
                    if (wordTagPreviousContext) {
                        stepPrevious[stepKnown] = top.last();
                        stepSurvivors[stepKnown++] = survivors;
                    }
                }
                for (int s = 0; s < survivors.size(); s++)
                    extend(top, i, tokens, outcomes, survivors.outcome(s), survivors.prob(s), next);
                if (next.isEmpty()) {   // nothing survived: BeamSearch then tries every outcome
                    if (outcomes == null) outcomes = top.outcomeNames(model);
                    double[] all = model.eval(contexts.getContext(i, tokens, outcomes, extra), probs);
                    for (int p = 0; p < all.length; p++) extend(top, i, tokens, outcomes, p, all[p], next);
                }
            }
            prev.clear();
            Queue<BeamPath> swap = prev;
            prev = next;
            next = swap;
        }
        memo.count(lookups, hits);   // once a sentence: the counters are shared by all threads
        return prev.remove();
    }

    private static int nearSlot(Object key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & (NEAR_SLOTS - 1);
    }

    private void extend(BeamPath top, int i, String[] tokens, String[] outcomes, int outcome, double prob, Queue<BeamPath> next) {
        if (!acceptsAll && !validator.validSequence(i, tokens, outcomes, model.getOutcome(outcome))) return;
        BeamPath ns = top.then(outcome, prob);
        if (ns.score() > MIN_SEQUENCE_SCORE) next.add(ns);
    }


    /** The outcomes scoring at least the beam's k-th best score, in outcome order. */
    private OutcomeMemo.Survivors survivors(double[] scores) {
        double min = BeamPath.kthLargest(scores, beamSize);
        int n = 0;
        for (double s : scores) if (s >= min) n++;
        int[] outcomes = new int[n];
        double[] values = new double[n];
        int j = 0;
        for (int p = 0; p < scores.length; p++)
            if (scores[p] >= min) { outcomes[j] = p; values[j++] = scores[p]; }
        return new OutcomeMemo.Survivors(outcomes, values);
    }
}
