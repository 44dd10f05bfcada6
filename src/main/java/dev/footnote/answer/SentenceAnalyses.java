package dev.footnote.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.footnote.text.AnalyzedSentence;
import dev.footnote.text.TextAnalyzer;

/**
 * The tokens, tags and entities of candidate sentences, analysed once and shared by the stages that read them: the
 * answer-type ranking, the question's focus (its verb) and the short answer of the first quote. Tagging is the
 * costliest step of an answer, and before this each stage tagged the same sentence again. The analyses are kept in a
 * small cache because the same passages come back often; a passage's id changes whenever its text does, so a kept
 * analysis is never stale.
 */
final class SentenceAnalyses {

    /** Analyses kept in each cache. */
    private static final int CACHE_LIMIT = 20_000;

    private final TextAnalyzer analyzer;
    private final Cache<String, AnalyzedSentence> plain = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();
    /** Only the first quotes of questions answered by a noun phrase need their phrases: fewer of them. */
    private final Cache<String, AnalyzedSentence> chunked = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();

    SentenceAnalyses(TextAnalyzer analyzer) {
        // Chunks only where asked for: the chunker's beam search costs several times the tagger.
        this.analyzer = analyzer.withoutChunks();
    }

    /** The sentence's tokens, tags and entities, without phrases. */
    AnalyzedSentence of(ScoredSentence s) {
        return plain.get(key(s), k -> analyzer.analyzeSpan(s.passage().text(), s.span().start(), s.span().end()));
    }

    /** The same with its phrases (noun phrases are short-answer candidates), chunked from the kept tags. */
    AnalyzedSentence withChunks(ScoredSentence s) {
        return chunked.get(key(s), k -> analyzer.withChunks(of(s)));
    }

    private static String key(ScoredSentence s) {
        return s.passage().id() + '@' + s.span().start();
    }
}
