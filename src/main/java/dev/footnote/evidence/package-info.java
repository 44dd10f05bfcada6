/**
 * Evidence scoring shared by answers, positions and verification: term weights from the index,
 * the sentence vectors stored in it, and how well a sentence covers a question. Depends on
 * {@code corpus} and {@code index}.
 */
package dev.footnote.evidence;
