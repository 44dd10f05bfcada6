/**
 * The OpenAI-compatible API ({@code /v1/models}, {@code /v1/chat/completions}), so that existing
 * OpenAI clients and chat front ends can use Footnote as a model. Speaks the OpenAI wire format,
 * answers through {@code chat}; never reaches {@code index} or {@code retrieval}.
 */
package dev.footnote.web.openai;
