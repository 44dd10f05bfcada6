package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.footnote.corpus.StableIds;

/** Exclusions outlive a restart, and belong to the index they were made beside. */
class ExclusionsTest {

    @TempDir
    Path dir;

    @Test
    void anExclusionIsReadBackAfterARestartAndIncludingRemovesIt() {
        Exclusions first = Exclusions.beside(dir.resolve("index"));
        assertThat(first.exclude("notes/a.txt")).isTrue();
        assertThat(first.exclude("notes/a.txt")).as("already excluded").isFalse();

        Exclusions restarted = Exclusions.beside(dir.resolve("index"));
        assertThat(restarted.paths()).containsExactly("notes/a.txt");
        assertThat(restarted.contains(StableIds.documentId("notes/a.txt"))).isTrue();
        assertThat(Exclusions.beside(dir.resolve("other-index")).isEmpty()).as("another index").isTrue();

        assertThat(restarted.include(StableIds.documentId("notes/a.txt"))).hasValue("notes/a.txt");
        assertThat(restarted.include(StableIds.documentId("notes/a.txt"))).isEmpty();
        assertThat(Exclusions.beside(dir.resolve("index")).isEmpty()).isTrue();
    }
}
