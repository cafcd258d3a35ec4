package org.papergraph.server;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/** Chooses a representation from the `Accept` header (q-values, specificity) or an explicit `?format=`. */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /**
     * The best offered format for the request; empty when none is acceptable (406). A missing
     * Accept header counts as {@code *}{@code /*}, which gets the first offer.
     */
    public static Optional<RdfFormat> choose(String formatParam, String accept, List<RdfFormat> offers) {
        if (formatParam != null && !formatParam.isBlank())
            return RdfFormat.named(formatParam).filter(offers::contains);
        AcceptList proposals = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
        RdfFormat best = null;
        double bestQ = 0;
        int bestExactness = -1;
        for (RdfFormat offer : offers) {
            MediaRange m = proposals.match(MediaType.create(offer.mediaType));
            // q=0 means "not acceptable" (RFC 9110 12.4.2), which AcceptList alone does not exclude.
            if (m == null || m.get_q() <= 0) continue;
            if (best == null || m.get_q() > bestQ || (m.get_q() == bestQ && exactness(m) > bestExactness)) {
                best = offer;
                bestQ = m.get_q();
                bestExactness = exactness(m);
            }
        }
        return Optional.ofNullable(best);
    }

    /** 2 for type/subtype, 1 for type/*, 0 for the full wildcard: a more specific range wins a tie on q. */
    private static int exactness(MediaRange m) {
        if ("*".equals(m.getType())) return 0;
        return "*".equals(m.getSubType()) ? 1 : 2;
    }
}
