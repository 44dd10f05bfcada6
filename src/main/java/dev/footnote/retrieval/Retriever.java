package dev.footnote.retrieval;

import java.util.List;

/** Finds the passages that best match a query, best first. */
public interface Retriever {

    /** Searches for {@link Query#retrievalText}; a vector side embeds it through {@link Query#vector}, once per query. */
    List<RetrievedPassage> retrieve(Query query, int limit);

    /** A text searched for as it stands (search endpoint, evaluation, topic filters). */
    default List<RetrievedPassage> retrieve(String text, int limit) {
        return retrieve(new Query(text), limit);
    }
}
