package dev.footnote.corpus;

/**
 * The indexer's progress, as {@code GET /api/index} reports it.
 *
 * @param state             {@code starting} (nothing read yet), {@code indexing} or {@code ready}
 * @param documentsTotal    documents in the corpus folder at the last look
 * @param documentsDone     of those, the ones settled (unchanged, indexed, failed or skipped)
 * @param passagesDone      passages written in the current (or last) run
 * @param passagesPerSecond passages written per second in the current (or last) run
 * @param etaSeconds        estimated seconds left, from the bytes still to read; {@code null} when not indexing
 */
public record IndexingProgress(String state, int documentsTotal, int documentsDone, long passagesDone,
                               double passagesPerSecond, Long etaSeconds) {
}
