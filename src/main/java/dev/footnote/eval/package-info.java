/**
 * The evaluation harness and the benchmark: public datasets (SQuAD, BEIR) loaded into a temporary
 * index and asked through the same retrievers and answerer as the API, with the usual retrieval
 * metrics. Run from the command line ({@code eval}, {@code bench}); the web server is not started.
 * Depends on {@code corpus}, {@code index}, {@code retrieval} and {@code answer}.
 */
package dev.footnote.eval;
