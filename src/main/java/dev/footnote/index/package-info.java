/**
 * The index seam ({@link dev.footnote.index.PassageIndex}: write, look up, search, document records,
 * actor extracts; Footnote's own types only) and what both backends share: field names, the analyser
 * behind {@link dev.footnote.index.TextAnalysis}, the embedding of passages once per content
 * ({@link dev.footnote.index.PassageVectors}), the view that hides pending deletions
 * ({@link dev.footnote.index.VisibleIndex}) and the incremental indexer with its worker. The backends
 * are {@code index.lucene} (default) and {@code index.solr}. Depends on {@code corpus}, {@code outage} and Lucene;
 * embeddings come through the {@link dev.footnote.index.TextEmbedder} interface.
 */
package dev.footnote.index;
