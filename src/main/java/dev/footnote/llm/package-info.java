/**
 * The gateway to models: the one way any feature reaches a chat model (the client with retries,
 * fallback signalling and call logging, the limits every call keeps to, the prompt files) or the in-process embedding model (as the
 * index's {@code TextEmbedder}). Depends on {@code index} (the embedder interface) and LangChain4j only.
 */
package dev.footnote.llm;
