package dev.footnote.index;

import java.util.List;

/** What one synchronisation of the index with the corpus folder did. */
public record IndexSyncReport(List<String> added, List<String> changed, List<String> removed,
                              int unchanged, List<String> skipped, long millis) {

    public IndexSyncReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
    }

    public boolean modified() {
        return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }
}
