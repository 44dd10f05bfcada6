package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.unit.DataSize;

import dev.footnote.llm.PromptFileException;

/**
 * Start-up that tells the truth: a mistyped corpus folder stops it with the setting and the path
 * (unless footnote.corpus.create), a missing positions prompt gets the prompt files' message, and
 * the uploads' temporary folder sits under the data folder and starts empty.
 */
class StartUpFoldersTest {

    @TempDir
    Path tmp;

    private static CorpusProperties corpus(Path dir, boolean create) {
        return new CorpusProperties(dir, 250, DataSize.ofMegabytes(50), 20_000_000, DataSize.ofMegabytes(500), false,
                Duration.ofSeconds(2), create, 50);
    }

    @Test
    void aMissingCorpusFolderStopsStartUpNamingTheSettingAndThePath() {
        Path missing = tmp.resolve("no/such/dir");
        assertThatThrownBy(() -> CorpusFolders.corpus(corpus(missing, false)))
                .isInstanceOfSatisfying(MissingCorpusFolderException.class, e -> {
                    FailureAnalysis analysis = new MissingCorpusFolderFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("footnote.corpus.dir").contains(missing.toAbsolutePath().toString());
                    assertThat(analysis.getAction()).contains("footnote.corpus.create=true");
                });
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingCorpusFolderIsCreatedWhenAskedTo() {
        Path missing = tmp.resolve("new/corpus");
        assertThat(CorpusFolders.corpus(corpus(missing, true))).isDirectory();
    }

    @Test
    void aFileInPlaceOfTheCorpusFolderIsRefusedEvenWithCreate() throws Exception {
        Path file = Files.writeString(tmp.resolve("corpus"), "not a folder");
        assertThatThrownBy(() -> CorpusFolders.corpus(corpus(file, true))).isInstanceOf(MissingCorpusFolderException.class);
    }

    @Test
    void theUploadTempFolderIsUnderTheDataFolderAndEmptiedAtStart() throws Exception {
        IndexProperties index = new IndexProperties(tmp.resolve("data/index"), IndexProperties.Backend.LUCENE, 256,
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30), false,
                dev.footnote.index.PassageVectors.Encoding.FLOAT32, Duration.ofSeconds(2), 2048);
        Path temp = CorpusFolders.emptyUploadTemp(index);
        assertThat(temp).isEqualTo(tmp.resolve("data").resolve(CorpusFolders.UPLOAD_TEMP).toAbsolutePath());
        Files.createDirectories(temp.resolve("work/tomcat"));
        Files.writeString(temp.resolve("work/tomcat/upload_123.tmp"), "left by a killed upload");

        assertThat(CorpusFolders.emptyUploadTemp(index)).isEmptyDirectory();
    }

    @Test
    void aMissingPositionsPromptGetsThePromptFileMessage() {
        Path missing = tmp.resolve("prompts/positions.txt");
        assertThatThrownBy(() -> PositionsConfiguration.requirePrompt(missing))
                .isInstanceOfSatisfying(PromptFileException.class, e -> {
                    FailureAnalysis analysis = new PromptFileFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains(missing.toAbsolutePath().toString()).contains("footnote.positions.prompt");
                    assertThat(analysis.getAction()).contains("footnote.positions.prompt");
                });
    }
}
