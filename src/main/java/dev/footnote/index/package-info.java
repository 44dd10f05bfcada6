/**
 * The Lucene index: field names, the analyser, passage-to-document mapping, the on-disk index and
 * the incremental indexer. Depends on {@code corpus} and Lucene.
 */
package dev.footnote.index;
