package dev.footnote.corpus;

/**
 * The indexer's progress, as {@code GET /api/index} reports it.
 *
 * @param state             {@code starting} (nothing read yet), {@code indexing}, {@code ready}, or {@code paused}
 *                          (something the index needs is unavailable: the documents left wait and are tried again)
 * @param documentsTotal    documents in the corpus folder at the last look
 * @param documentsDone     of those, the ones settled (unchanged, indexed, failed or skipped)
 * @param passagesDone      passages written in the current (or last) run
 * @param passagesPerSecond passages written per second in the current (or last) run
 * @param etaSeconds        estimated seconds left, from the bytes still to read; {@code null} when not indexing
 * @param reason            why indexing is paused (e.g. the embedding server is unreachable); {@code null} otherwise
 */
public record IndexingProgress(String state, int documentsTotal, int documentsDone, long passagesDone,
                               double passagesPerSecond, Long etaSeconds, String reason) {

    public IndexingProgress(String state, int documentsTotal, int documentsDone, long passagesDone,
                            double passagesPerSecond, Long etaSeconds) {
        this(state, documentsTotal, documentsDone, passagesDone, passagesPerSecond, etaSeconds, null);
    }

    public boolean paused() {
        return "paused".equals(state);
    }
}
