package org.papergraph.eval;

import java.io.PrintWriter;
import java.util.Map;

/** Every figure of the reference scorer, printed in its table layout. */
public record Scores(int goldPapers, int foundPapers, Prf entities, Prf entitiesTyped, Map<String, Prf> byType,
                     Prf proposed, Prf results, Prf links, int severalPapers, int oneIri) {

    /** Share of the gold entities required in several papers that have exactly one IRI. */
    public double identityRatio() { return severalPapers == 0 ? 0 : Prf.round((double) oneIri / severalPapers); }

    /** The table score.py prints. */
    public void print(PrintWriter out) {
        out.printf("papers found      %d/%d%n", foundPapers, goldPapers);
        row(out, "entities", entities);
        row(out, "entities_typed", entitiesTyped);
        row(out, "proposed", proposed);
        row(out, "results", results);
        row(out, "links", links);
        for (String t : GraphView.TYPES) {
            Prf v = byType.get(t);
            out.printf("  %-15s P %s  R %s  F1 %s  (predicted %d, gold %d)%n", t, Prf.three(v.precision()), Prf.three(v.recall()), Prf.three(v.f1()), v.predicted(), v.gold());
        }
        out.printf("one IRI per entity across papers: %d/%d (%s)%n", oneIri, severalPapers, Prf.three(identityRatio()));
        out.flush();
    }

    private static void row(PrintWriter out, String name, Prf v) {
        out.printf("%-17s P %s  R %s  F1 %s  (predicted %d, gold %d)%n", name, Prf.three(v.precision()), Prf.three(v.recall()), Prf.three(v.f1()), v.predicted(), v.gold());
    }
}
