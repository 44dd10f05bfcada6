/**
 * Chat: conversations, their bounded memory (turns and a LangChain4j chat memory), rewriting a
 * follow-up into a standalone question (by rule, or by the language model), and the turn from
 * message to cited reply. Depends on {@code answer}.
 */
package dev.footnote.chat;
