package dev.footnote.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.footnote.corpus.CorpusFile;
import dev.footnote.corpus.CorpusReader;
import dev.footnote.corpus.Document;
import dev.footnote.corpus.DocumentFormat;
import dev.footnote.corpus.PassageSplitter;
import dev.footnote.corpus.UnreadableDocumentException;

/** Files read ahead of the indexer: in order, each as its document or why it could not be read, never more than a budget ahead. */
class ReadAheadTest {

    private final CorpusReader parser = new CorpusReader(new PassageSplitter(250));
    private final AtomicInteger reads = new AtomicInteger();

    /** Two passages per file, counted as read. */
    private final Function<CorpusFile, Document> twoPassages = file -> {
        reads.incrementAndGet();
        return parser.toDocument(file.path(), ("The ferry to " + file.path() + " leaves at noon.\n\nIt returns at six.")
                .getBytes(StandardCharsets.UTF_8));
    };

    private static List<CorpusFile> files(int count) {
        List<CorpusFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "notes-" + i + ".txt";
            files.add(new CorpusFile(path, Path.of(path), DocumentFormat.of(path).orElseThrow(), 100, 0));
        }
        return files;
    }

    @Test
    void readsNoMoreThanItsBudgetOfPassagesAheadAndHandsFilesBackInOrder() throws Exception {
        List<CorpusFile> files = files(10);
        try (ReadAhead ahead = new ReadAhead(twoPassages, files, 4)) {
            // Two files fill the budget of four passages; the third is read, then waits for room.
            FailedWriteRecoveryTest.await(() -> reads.get() == 3);
            Thread.sleep(200);
            assertThat(reads.get()).isEqualTo(3);

            List<String> taken = new ArrayList<>();
            for (ReadAhead.Read read = ahead.next(); read != null; read = ahead.next()) {
                assertThat(read.document().passages()).hasSize(2);
                taken.add(read.file().path());
                assertThat(reads.get()).isLessThanOrEqualTo(taken.size() + 3);
            }
            assertThat(taken).containsExactlyElementsOf(files.stream().map(CorpusFile::path).toList());
            assertThat(reads.get()).isEqualTo(10);
        }
    }

    @Test
    void aFileThatCannotBeReadIsHandedBackInItsPlaceAndAnUnexpectedFailureFailsTheTaker() {
        List<CorpusFile> files = files(4);
        Function<CorpusFile, Document> reader = file -> switch (file.path()) {
            case "notes-1.txt" -> throw UnreadableDocumentException.skip("is password-protected");
            case "notes-3.txt" -> throw new IllegalStateException("parser bug");
            default -> twoPassages.apply(file);
        };
        try (ReadAhead ahead = new ReadAhead(reader, files, 100)) {
            assertThat(ahead.next().document()).isNotNull();
            ReadAhead.Read unreadable = ahead.next();
            assertThat(unreadable.file().path()).isEqualTo("notes-1.txt");
            assertThat(unreadable.document()).isNull();
            assertThat(unreadable.unreadable().getMessage()).contains("password-protected");
            assertThat(ahead.next().file().path()).isEqualTo("notes-2.txt");
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessage("parser bug");
        }
    }
}
