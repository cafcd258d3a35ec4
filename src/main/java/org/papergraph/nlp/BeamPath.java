package org.papergraph.nlp;

import opennlp.tools.ml.model.MaxentModel;

/**
 * One hypothesis of a beam search (the lemmatizer's, the POS tagger's): its last outcome and a link to the path before it, with
 * the score OpenNLP's {@code Sequence} computes. A {@code Sequence} copies its whole outcome and
 * probability lists at every extension (quadratic in the sentence length, ~25% of lemmatization
 * on a warm memo); a path shares its prefix. Ordered as {@code Sequence}: higher score first.
 */
final class BeamPath implements Comparable<BeamPath> {
    /** The empty path, score 0, as {@code new Sequence()}. */
    static final BeamPath START = new BeamPath(null, -1, 0, 0);

    private final BeamPath parent;
    private final int outcome;
    private final double score;
    private final int length;

    private BeamPath(BeamPath parent, int outcome, double score, int length) {
        this.parent = parent;
        this.outcome = outcome;
        this.score = score;
        this.length = length;
    }

    /** This path followed by an outcome of probability p: the score adds log p, as {@code new Sequence(s, outcome, p)}. */
    BeamPath then(int nextOutcome, double p) {
        return new BeamPath(this, nextOutcome, score + StrictMath.log(p), length + 1);
    }

    double score() { return score; }

    /** The last outcome's id, or -1 on the empty path. */
    int last() { return outcome; }

    /** The outcome ids from first to last. */
    int[] outcomes() {
        int[] out = new int[length];
        BeamPath p = this;
        for (int i = length - 1; i >= 0; i--, p = p.parent) out[i] = p.outcome;
        return out;
    }

    /** The model's names of the outcomes, first to last. */
    String[] outcomeNames(MaxentModel model) {
        int[] ids = outcomes();
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = model.getOutcome(ids[i]);
        return out;
    }

    @Override
    public int compareTo(BeamPath o) { return Double.compare(o.score, score); }

    /**
     * The beam's threshold as OpenNLP's BeamSearch computes it, without its sort of a copy of all the
     * scores: the value a full ascending sort would put at index length-k (the smallest one when k > length).
     */
    static double kthLargest(double[] scores, int k) {
        int keep = Math.min(k, scores.length);
        double[] top = new double[keep];   // ascending; top[0] is the smallest kept
        int filled = 0;
        for (double s : scores) {
            if (filled < keep) {
                int pos = filled++;
                while (pos > 0 && Double.compare(top[pos - 1], s) > 0) { top[pos] = top[pos - 1]; pos--; }
                top[pos] = s;
            } else if (Double.compare(s, top[0]) > 0) {
                int pos = 0;
                while (pos + 1 < keep && Double.compare(top[pos + 1], s) < 0) { top[pos] = top[pos + 1]; pos++; }
                top[pos] = s;
            }
        }
        return top[0];
    }
}
