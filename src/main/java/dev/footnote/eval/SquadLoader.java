package dev.footnote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.corpus.StableIds;

/**
 * Reads a SQuAD v1.1 file: every article is a document, every paragraph a passage (its article
 * title as the source line, as a citation would name it), every question's gold passage is its paragraph.
 */
public final class SquadLoader {

    private final ObjectMapper json = new ObjectMapper();

    public EvalDataset load(Path file) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SQuAD file " + file.toAbsolutePath(), e);
        }
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException(file + " is not a SQuAD file: no \"data\" array");
        }
        List<Document> documents = new ArrayList<>();
        List<EvalQuestion> questions = new ArrayList<>();
        for (JsonNode article : data) {
            String title = article.path("title").asText();
            String path = "squad/" + title;
            String documentId = StableIds.documentId(path);
            String source = title.replace('_', ' ');
            List<Passage> passages = new ArrayList<>();
            StringBuilder content = new StringBuilder(title);
            for (JsonNode paragraph : article.path("paragraphs")) {
                String context = paragraph.path("context").asText();
                if (context.isBlank()) {
                    continue;
                }
                int ordinal = passages.size();
                Passage passage = new Passage(StableIds.passageId(documentId, ordinal, context), documentId, ordinal, context, source);
                passages.add(passage);
                content.append('\n').append(context);
                for (JsonNode qa : paragraph.path("qas")) {
                    List<String> answers = new ArrayList<>();
                    qa.path("answers").forEach(a -> answers.add(a.path("text").asText()));
                    questions.add(new EvalQuestion(qa.path("id").asText(), qa.path("question").asText(),
                            Map.of(passage.id(), 1), answers));
                }
            }
            documents.add(new Document(documentId, path,
                    StableIds.sha256(content.toString().getBytes(StandardCharsets.UTF_8)), passages));
        }
        return new EvalDataset("squad:" + file.getFileName(), documents, questions);
    }
}
