package org.papergraph.nlp;

/**
 * One hypothesis of the lemmatizer's beam: its last outcome and a link to the path before it, with
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

    @Override
    public int compareTo(BeamPath o) { return Double.compare(o.score, score); }
}
