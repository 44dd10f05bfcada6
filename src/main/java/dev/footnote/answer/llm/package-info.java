/**
 * Answers written by a language model, reached only through the {@code llm} gateway: the grounded
 * prompt and the answerer that verifies the model's citations and falls back to the extractive
 * answer when the model fails. Depends on {@code answer}, {@code corpus}, {@code retrieval} and {@code llm}.
 */
package dev.footnote.answer.llm;
