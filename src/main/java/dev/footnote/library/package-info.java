/**
 * The live corpus as the API sees it: uploading and deleting documents, their statuses, the
 * indexer's progress. Depends on {@code corpus} and {@code index}; the web layer talks to it and
 * gets {@code corpus} records back, never index types.
 */
package dev.footnote.library;
