package org.papergraph.cli;

import java.nio.file.Path;

import org.papergraph.store.GraphStore;

/** Checks shared by verbs that read an existing store. */
final class StoreChecks {
    private StoreChecks() {}

    /** Fails with a clear message when there is no graph at the store folder. */
    static void requireStore(Path store) {
        if (GraphStore.isEmpty(store))
            throw new ErrorHandler.UserError("no graph in " + store.toAbsolutePath().normalize() + ": run 'papergraph build' first");
    }
}
