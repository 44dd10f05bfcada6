/**
 * Answers written by a language model through LangChain4j ({@code ChatModel} and
 * {@code StreamingChatModel}; the provider is chosen by configuration): the prompt files, the
 * grounded prompt, calls with retries and logging, and the answerer that verifies the model's
 * citations and falls back to the extractive answer when the model fails. Depends on
 * {@code answer}, {@code corpus} and {@code retrieval}.
 */
package dev.footnote.answer.llm;
