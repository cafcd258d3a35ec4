package org.papergraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.papergraph.store.GraphStore;
import org.papergraph.store.stats.SameAnswers;

/** On the store the build makes of the bundled corpus, the queries that read the statistics graph answer as the scanning ones. */
class StatisticsOnBuiltCorpusTest {
    // The store is opened and closed by each test: an open TDB2 store keeps its lock file, and
    // StockFusekiTest opens the same store from another process.
    @Test
    void rewrittenQueriesAnswerAsTheScanningOnes() {
        BuiltCorpus.ensureBuilt();
        try (GraphStore store = GraphStore.open(BuiltCorpus.STORE)) {
            int rows = SameAnswers.assertAllSame(store.datasetGraph());
            assertTrue(rows > 400, "the answers compared have rows: " + rows);
        }
    }

    @Test
    void wholeGraphListingsAnswerAsTheScanningOnes() {
        BuiltCorpus.ensureBuilt();
        try (GraphStore store = GraphStore.open(BuiltCorpus.STORE)) {
            // 04 with "" lists every task (its default names one); 08 with a piece of a name.
            int tasks = SameAnswers.assertSame(store.datasetGraph(), "04-proposed-methods-per-task.rq", "{ \"segmentation\" }", "{ \"\" }");
            assertTrue(tasks > 100, "methods per task, every task: " + tasks);
            int datasets = SameAnswers.assertSame(store.datasetGraph(), "08-papers-proposing-datasets.rq", "{ \"\" }", "{ \"ar\" }");
            assertTrue(datasets > 2, "papers proposing a dataset named *ar*: " + datasets);
            // 10 with 400 entities a class instead of 50: the tie groups of rarely named entities are cut by label
            int entities = SameAnswers.assertSame(store.datasetGraph(), "10-entity-overview.rq", "50", "400");
            assertTrue(entities > 1000, "the 400 most named entities of each class: " + entities);
        }
    }

    @Test
    void lowConfidenceStatementsAnswerAsTheScanOnesAtAThresholdWithRows() {
        BuiltCorpus.ensureBuilt();
        try (GraphStore store = GraphStore.open(BuiltCorpus.STORE)) {
            // The default threshold (0.5) finds nothing on the bundled corpus; 0.8 finds hundreds of statements.
            int rows = SameAnswers.assertSame(store.datasetGraph(), "14-low-confidence-statements.rq", "{ 0.5 }", "{ 0.8 }");
            assertTrue(rows > 10, "statements below 0.8: " + rows);
        }
    }
}
