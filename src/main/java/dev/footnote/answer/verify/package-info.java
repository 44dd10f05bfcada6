/**
 * The support judge: does this evidence back this claim (or a question's focus), and which words of the claim does
 * nothing back. Used by refusal and short answers (the extractive answerer), by the verification of LLM answers, and
 * by checking a submitted text. Depends on {@code evidence} (terms, related terms) and {@code text} (tokens, tags);
 * nothing here reads an index.
 */
package dev.footnote.answer.verify;
