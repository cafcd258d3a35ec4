package org.papergraph.eval;

/** Precision, recall and F1 as the reference scorer computes them (rounded to 4 places). */
public record Prf(double precision, double recall, double f1, int predicted, int gold) {
    /** From the true positives on each side and the two totals. */
    static Prf of(int tpPred, int nPred, int tpGold, int nGold) {
        double p = nPred == 0 ? 0 : (double) tpPred / nPred;
        double r = nGold == 0 ? 0 : (double) tpGold / nGold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(round(p), round(r), round(f), nPred, nGold);
    }

    /** Python's round(d, 4): half-even on the exact binary value. */
    static double round(double d) { return new java.math.BigDecimal(d).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue(); }

    /** Python's format(d, ".3f"). */
    static String three(double d) { return new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString(); }
}
