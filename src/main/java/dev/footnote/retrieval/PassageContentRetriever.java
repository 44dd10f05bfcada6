package dev.footnote.retrieval;

import java.util.List;
import java.util.Map;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

/**
 * Footnote's retrieval as a LangChain4j {@link ContentRetriever}, so an LLM pipeline (an AI
 * service's retrieval augmentor) draws on the same passages as the extractive answerer. Each
 * segment carries the passage's ids and source line in its metadata, so citations can point back.
 */
public final class PassageContentRetriever implements ContentRetriever {

    public static final String PASSAGE_ID = "passageId";
    public static final String DOCUMENT_ID = "documentId";
    public static final String SOURCE = "source";

    private final Retriever retriever;
    private final int maxResults;

    public PassageContentRetriever(Retriever retriever, int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be >= 1");
        }
        this.retriever = retriever;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return retriever.retrieve(query.text(), maxResults).stream()
                .map(PassageContentRetriever::toContent)
                .toList();
    }

    static Content toContent(RetrievedPassage retrieved) {
        Metadata metadata = new Metadata()
                .put(PASSAGE_ID, retrieved.passage().id())
                .put(DOCUMENT_ID, retrieved.passage().documentId());
        if (retrieved.passage().source() != null) {
            metadata.put(SOURCE, retrieved.passage().source());
        }
        return Content.from(TextSegment.from(retrieved.passage().text(), metadata),
                Map.of(ContentMetadata.SCORE, retrieved.score()));
    }
}
