package dev.footnote.eval;

import java.util.List;

import dev.footnote.corpus.Document;

/** A corpus and questions about it, with the passages that answer each question. */
public record EvalDataset(String name, List<Document> documents, List<EvalQuestion> questions) {

    public EvalDataset {
        documents = List.copyOf(documents);
        questions = List.copyOf(questions);
    }

    public int passageCount() {
        return documents.stream().mapToInt(d -> d.passages().size()).sum();
    }
}
