package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;

/**
 * Writes a dataset's documents into a corpus folder as Markdown files (title heading, one paragraph
 * per passage), so that {@code bench} indexes them through the server's own path: the folder, the
 * reader and the indexer, exactly as at start-up.
 */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static void write(List<Document> documents, Path folder) {
        try {
            Files.createDirectories(folder);
            int n = 0;
            for (Document document : documents) {
                String title = document.passages().isEmpty() || document.passages().get(0).source() == null
                        ? document.title() : document.passages().get(0).source();
                StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
                for (Passage passage : document.passages()) {
                    text.append(passage.text().replace('\n', ' ')).append("\n\n");
                }
                Files.writeString(folder.resolve(String.format("%04d.md", n++)), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus to " + folder, e);
        }
    }
}
