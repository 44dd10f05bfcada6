/**
 * The SolrCloud index backend ({@code footnote.index.backend=solr}): the configset upload and
 * collection creation, the mapping of passages (parents) and their sentences (child documents) to
 * Solr documents, BM25 and {@code {!knn}} queries, and writes that switch a file's version only once
 * its new passages are committed. Depends on {@code index}, {@code corpus} and SolrJ.
 */
package dev.footnote.index.solr;
