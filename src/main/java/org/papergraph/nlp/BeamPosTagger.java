package org.papergraph.nlp;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger with the same model, features, validator and beam search, and the same tags,
 * made cheaper. {@link POSTaggerME} runs OpenNLP's BeamSearch, which for every token and beam entry
 * copies and sorts the whole score array only to find the beam's k-th best score, and copies the
 * whole outcome and probability lists of a hypothesis to extend it by one; profiling showed that a
 * fifth of a build. Here the k-th best is selected in one pass ({@link BeamPath#kthLargest}) and
 * hypotheses share their prefixes ({@link BeamPath}); the steps are BeamSearch's own, so ties resolve
 * the same. The model is evaluated once per distinct context: the UD model's feature generator caches
 * a token's features, previous tags included, by position alone, so the beam's hypotheses at one token
 * usually get the very same context, and its scores are computed once instead of once per hypothesis.
 * Not thread-safe: one per thread, like the ME tools.
 */
final class BeamPosTagger extends POSTaggerME {
    /** BeamSearch's own floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = {};

    private final MaxentModel model;
    private final SequenceValidator<String> validator;
    private final double[] probs;
    /** Whether the model's tags are already in the requested format, as POSTaggerME decides it. */
    private final boolean tagsAsModelGives;

    BeamPosTagger(POSModel posModel, POSTagFormat format) {
        super(posModel, format);
        this.model = (MaxentModel) posModel.getArtifact("pos.model");
        this.validator = posModel.getFactory().getSequenceValidator();
        this.probs = new double[model.getNumOutcomes()];
        this.tagsAsModelGives = format == POSTagFormat.CUSTOM || format == posTagFormatMapper.getGuessedFormat();
    }

    /** Whether the model is one this class can evaluate (a plain maxent model, as in the UD models). */
    static boolean supports(POSModel posModel) {
        return posModel.getArtifact("pos.model") instanceof MaxentModel;
    }

    @Override
    public String[] tag(String[] sentence) {
        String[] tags = bestPath(sentence).outcomeNames(model);
        return tagsAsModelGives ? tags : posTagFormatMapper.convertTags(Arrays.asList(tags));
    }

    /** BeamSearch.bestSequences(1, ...) step for step. */
    private BeamPath bestPath(String[] tokens) {
        Queue<BeamPath> prev = new PriorityQueue<>(size);
        Queue<BeamPath> next = new PriorityQueue<>(size);
        prev.add(BeamPath.START);
        String[] scored = null;   // the context whose scores are in probs
        double min = 0;
        for (int i = 0; i < tokens.length; i++) {
            int width = Math.min(size, prev.size());
            for (int b = 0; !prev.isEmpty() && b < width; b++) {
                BeamPath top = prev.remove();
                String[] outcomes = top.outcomeNames(model);
                String[] context = cg.getContext(i, tokens, outcomes, NO_ADDITIONAL_CONTEXT);
                // eval is a pure function of the context: the same features give the same scores.
                if (!Arrays.equals(context, scored)) {
                    model.eval(context, probs);
                    min = BeamPath.kthLargest(probs, size);
                    scored = context.clone();   // a copy: a generator may reuse its array
                }
                for (int p = 0; p < probs.length; p++)
                    if (probs[p] >= min) extend(top, i, tokens, outcomes, p, probs[p], next);
                if (next.isEmpty())   // nothing survived: BeamSearch then tries every outcome
                    for (int p = 0; p < probs.length; p++) extend(top, i, tokens, outcomes, p, probs[p], next);
            }
            prev.clear();
            Queue<BeamPath> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.remove();
    }

    private void extend(BeamPath top, int i, String[] tokens, String[] outcomes, int outcome, double prob, Queue<BeamPath> next) {
        if (!validator.validSequence(i, tokens, outcomes, model.getOutcome(outcome))) return;
        BeamPath ns = top.then(outcome, prob);
        if (ns.score() > MIN_SEQUENCE_SCORE) next.add(ns);
    }
}
