/**
 * The corpus: documents and passages as records, reading the corpus folder, splitting text into
 * passages and sentences, stable ids. Depends on the JDK and logging only.
 */
package dev.footnote.corpus;
