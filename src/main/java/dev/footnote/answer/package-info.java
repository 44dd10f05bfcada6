/**
 * Answers: the answerers (extractive offline default; LLM when configured), citations and the
 * orchestration from question to cited answer. Depends on {@code corpus} and {@code retrieval}.
 */
package dev.footnote.answer;
