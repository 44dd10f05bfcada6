/**
 * Answers: the answerers (extractive offline default; LLM in {@code answer.llm} when configured),
 * citations and their verification ({@link dev.footnote.answer.CitationVerifier}), and the
 * orchestration from question to cited answer. Depends on {@code corpus} and {@code retrieval}.
 */
package dev.footnote.answer;
