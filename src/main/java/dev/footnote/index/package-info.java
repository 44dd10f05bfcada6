/**
 * The index seam ({@link dev.footnote.index.PassageIndex}: write, look up, search) and its default
 * backend, the on-disk Lucene index (the SolrCloud one is in {@code index.solr}): field names, the
 * analyser, passage-to-document mapping, the index with its BM25 text fields and HNSW passage
 * vectors (plus stored sentence vectors), the embedding of passages once per content
 * ({@link dev.footnote.index.PassageVectors}) and the incremental indexer.
 * Depends on {@code corpus} and Lucene; embeddings come through the {@link dev.footnote.index.TextEmbedder} interface.
 */
package dev.footnote.index;
