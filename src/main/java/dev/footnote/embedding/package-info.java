/**
 * Embedding models behind LangChain4j's {@code EmbeddingModel}: what every provider (in-process
 * MiniLM, an OpenAI-compatible server, Ollama) goes through on its way to the index, namely requests
 * of a bounded size and vectors checked for count and dimension and brought to unit length.
 * Depends on LangChain4j's core types only.
 */
package dev.footnote.embedding;
