package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.papergraph.store.stats.SameAnswers;

/** On the store the build makes of the bundled corpus, the queries that read the statistics graph answer as the scanning ones. */
class StatisticsOnBuiltCorpusTest {
    @Test
    void rewrittenQueriesAnswerAsTheScanningOnes() {
        BuiltCorpus.ensureBuilt();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(BuiltCorpus.STORE.toString());
        int rows = SameAnswers.assertAllSame(dsg);
        assertTrue(rows > 1000, "the answers compared have rows: " + rows);
    }

    @Test
    void lowConfidenceStatementsAnswerAsTheScanOnesAtAThresholdWithRows() {
        BuiltCorpus.ensureBuilt();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(BuiltCorpus.STORE.toString());
        // The default threshold (0.5) finds nothing on the bundled corpus; 0.8 finds hundreds of statements.
        int rows = SameAnswers.assertSame(dsg, "14-low-confidence-statements.rq", "{ 0.5 }", "{ 0.8 }");
        assertTrue(rows > 10, "statements below 0.8: " + rows);
    }
}
