package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.footnote.FootnoteApplication;
import dev.footnote.index.FootnoteAnalyzer;
import dev.footnote.index.IndexFolderLockedException;
import dev.footnote.index.PassageIndex;
import dev.footnote.index.lucene.LucenePassageIndex;

/**
 * A second server started on the index folder of one still running (the operator's slip: the old one was never
 * stopped) stops with the folder, the setting and the way out, not with a page of nested bean-creation errors.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexFolderLockedTest {

    @TempDir
    Path dir;

    @Test
    void aSecondServerOnALockedIndexFolderStopsWithTheFolderAndTheWayOut(CapturedOutput output) throws Exception {
        Path index = dir.resolve("index");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (LucenePassageIndex running = PassageIndex.open(index, new FootnoteAnalyzer())) { // holds write.lock
            SpringApplication second = new SpringApplication(FootnoteApplication.class);
            second.setWebApplicationType(WebApplicationType.NONE);

            assertThatThrownBy(() -> second.run("--footnote.index.dir=" + index, "--footnote.corpus.dir=" + corpus,
                    "--spring.datasource.url=jdbc:h2:mem:locked-index"))
                    .hasRootCauseInstanceOf(LockObtainFailedException.class)
                    .satisfies(e -> assertThat(causes(e)).anyMatch(IndexFolderLockedException.class::isInstance));
            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("The index folder " + index.toAbsolutePath() + " (footnote.index.dir) is being written by another process")
                    .contains("pgrep -af footnote.jar").contains("--footnote.index.dir=")
                    .doesNotContain("Caused by:"); // no stack trace
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
