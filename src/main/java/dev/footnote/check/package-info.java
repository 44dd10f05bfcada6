/**
 * Checking a submitted text against the corpus: each sentence supported, partly supported or not, with the passages
 * that back it and the words nothing backs. Built on the support judge ({@code answer.verify}) and retrieval; depends
 * on neither the index nor the web layer.
 */
package dev.footnote.check;
