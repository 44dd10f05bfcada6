package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.Passage;

/**
 * A deleted document stays hidden from a read that began while its removal was pending, even when the worker finishes
 * the removal during that read: the read may hold a searcher opened before the removal's commit.
 */
class VisibleIndexTest {

    @TempDir
    Path dir;

    @Test
    void aSearchThatOverlapsTheEndOfARemovalDoesNotShowTheRemovedDocument() throws Exception {
        PendingRemovals removals = new PendingRemovals();
        Passage removed = new Passage("doc-1-p", "doc-1", 0, "The new pier at Kestrelmouth cost nine million crowns.", "Harbour Report");
        Passage kept = new Passage("doc-2-p", "doc-2", 0, "The old pier at Kestrelmouth was built of oak.", "Pier History");
        try (PassageIndex lucene = PassageIndex.open(dir.resolve("index"), new FootnoteAnalyzer())) {
            // A searcher opened before the removal's commit: it still finds the removed passage, and the worker
            // finishes the removal while the search runs.
            PassageIndex stale = new PassageIndexDelegate(lucene) {
                @Override
                public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
                    removals.done("doc-1");
                    return List.of(new Hit(removed, 2f), new Hit(kept, 1f));
                }

                @Override
                public List<Hit> nearest(float[] vector, int k) {
                    removals.done("doc-1");
                    return List.of(new Hit(removed, 0.9f), new Hit(kept, 0.8f));
                }
            };
            VisibleIndex visible = new VisibleIndex(stale, removals);

            removals.add("doc-1", "uploads/harbour-report.pdf");
            assertThat(visible.bm25(List.of("kestrelmouth", "pier"), 0f, 5)).extracting(h -> h.passage().documentId())
                    .containsExactly("doc-2");

            removals.add("doc-1", "uploads/harbour-report.pdf");
            assertThat(visible.nearest(new float[] {1f, 0f}, 5)).extracting(h -> h.passage().documentId())
                    .containsExactly("doc-2");
        }
    }
}
