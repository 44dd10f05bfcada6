/**
 * Retrieval: the {@link dev.footnote.retrieval.Retriever} interface and its implementations, term
 * weights, search with highlights, passage look-up. Lucene stays inside; the API speaks in passages.
 * Depends on {@code corpus} and {@code index}.
 */
package dev.footnote.retrieval;
