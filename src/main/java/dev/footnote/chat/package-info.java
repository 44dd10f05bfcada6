/**
 * Chat: conversations, their bounded memory, and the turn from message to cited reply.
 * Depends on {@code answer}.
 */
package dev.footnote.chat;
