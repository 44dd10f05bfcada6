/**
 * The gateway to models: the one way any feature reaches a chat model (the client with retries,
 * fallback signalling and call logging, the limits every call keeps to, the prompt files) or the
 * embedding model, in-process or on a remote OpenAI-compatible or Ollama server (as the index's
 * {@code TextEmbedder}). Depends on {@code index} (the embedder interface) and LangChain4j only.
 */
package dev.footnote.llm;
