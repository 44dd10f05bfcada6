package dev.footnote.retrieval;

import java.util.List;

/** Finds the passages that best match a query, best first. */
public interface Retriever {

    List<RetrievedPassage> retrieve(String query, int limit);
}
