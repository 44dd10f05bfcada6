/**
 * Language analysis shared by answers and positions: sentences, tokens with parts of speech,
 * noun-phrase chunks and typed entity spans (person, organisation, place, date, number, amount), all
 * with character offsets into the analysed text. Built on Apache OpenNLP and its Apache-2.0 English
 * 1.5 models (tokenizer, maxent POS tagger, chunker); entity types come from proper-noun runs, parts
 * of speech, patterns and small typed word lists, because no NER model is served on Maven Central.
 * Depends on the corpus package (sentence splitting) and OpenNLP only.
 */
package dev.footnote.text;
