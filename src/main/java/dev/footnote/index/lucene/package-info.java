/**
 * The default backend of the index seam: the on-disk Lucene index ({@link dev.footnote.index.lucene.LucenePassageIndex}),
 * with BM25 text fields, HNSW passage vectors, stored sentence vectors and one record per document, all in one commit.
 */
package dev.footnote.index.lucene;
