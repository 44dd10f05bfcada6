package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    private final CorpusReader reader = new CorpusReader(new PassageSplitter(250));

    @TempDir
    Path corpus;

    @Test
    void readsSupportedFormatsRecursivelyIgnoresOthersAndSkipsBrokenOnes() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Alpha text.");
        Files.createDirectories(corpus.resolve("sub/deeper"));
        Files.writeString(corpus.resolve("sub/deeper/b.md"), "Beta text.");
        Files.writeString(corpus.resolve("c.xyz"), "not a format we read");
        Files.writeString(corpus.resolve("d.pdf"), "not a PDF at all");

        CorpusReader.Result result = reader.read(corpus);

        assertThat(result.documents()).extracting(Document::path).containsExactly("a.txt", "sub/deeper/b.md");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("d.pdf");
            assertThat(s.reason()).startsWith("cannot be parsed");
        });
    }

    @Test
    void idsAreStableAcrossReadsAndChangeOnlyWithTheText() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "One.\n\nTwo.");
        Document first = reader.read(corpus).documents().get(0);
        Document again = reader.read(corpus).documents().get(0);

        assertThat(again).isEqualTo(first);

        Files.writeString(corpus.resolve("a.txt"), "One.\n\nTwo, edited.");
        Document edited = reader.read(corpus).documents().get(0);

        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.passages().get(0).id()).isEqualTo(first.passages().get(0).id());
        assertThat(edited.passages().get(1).id()).isNotEqualTo(first.passages().get(1).id());
        assertThat(edited.contentHash()).isNotEqualTo(first.contentHash());
    }

    @Test
    void aFileThatIsNotUtf8IsSkippedAndTheRestStillLoad() throws Exception {
        Files.write(corpus.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF});
        Files.writeString(corpus.resolve("good.txt"), "Fine text.", StandardCharsets.UTF_8);

        CorpusReader.Result result = reader.read(corpus);

        assertThat(result.documents()).extracting(Document::path).containsExactly("good.txt");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("bad.txt");
            assertThat(s.reason()).contains("UTF-8");
        });
    }

    @Test
    void aLinkToAFileOutsideTheCorpusFolderIsNeverReadButALinkInsideIs(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.txt"), "Secret text outside the corpus.");
        Files.writeString(corpus.resolve("inside.txt"), "Inside text.");
        Files.createSymbolicLink(corpus.resolve("leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(corpus.resolve("alias.txt"), corpus.resolve("inside.txt"));

        CorpusReader.Result result = reader.read(corpus);

        assertThat(result.documents()).extracting(Document::path).containsExactly("alias.txt", "inside.txt");
        assertThat(result.documents()).noneMatch(d -> d.passages().get(0).text().contains("Secret"));
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("leak.txt");
            assertThat(s.reason()).contains("outside the corpus folder");
        });
    }
}
