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
}
