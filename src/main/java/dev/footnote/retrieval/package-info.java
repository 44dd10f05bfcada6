/**
 * Retrieval: the {@link dev.footnote.retrieval.Query} a request carries down (its text, standalone text
 * and vector, embedded once), the {@link dev.footnote.retrieval.Retriever} interface and its implementations (BM25,
 * dense, and the hybrid reciprocal rank fusion of both with best-sentence matching), term weights,
 * search with highlights, passage look-up, and the LangChain4j {@code ContentRetriever} adapter.
 * Lucene stays inside; the API speaks in passages. Depends on {@code corpus}, {@code index} and
 * LangChain4j's RAG types.
 */
package dev.footnote.retrieval;
