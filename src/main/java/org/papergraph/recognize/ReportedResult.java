package org.papergraph.recognize;

import java.math.BigDecimal;

/**
 * A number the paper reports as an outcome.
 *
 * @param value      the number (a percentage as its number: "73.87%" gives 73.87)
 * @param valueText  as written, without unit
 * @param metric     the metric measured (required)
 * @param dataset    the dataset it was measured on, or null
 * @param method     the method it is reported for (usually the proposed one), or null
 */
public record ReportedResult(BigDecimal value, String valueText, Entity metric, Entity dataset, Entity method,
                             double confidence, Evidence evidence) {}
