package dev.footnote.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.PassageSearch;
import dev.footnote.retrieval.QueryText;
import dev.footnote.retrieval.RetrievalMode;

/** Reading the corpus: passages by id (to check a citation) and search; the documents are in {@link DocumentsController}. */
@RestController
class CorpusController {

    static final int MAX_SEARCH_LIMIT = 100;

    private final PassageCatalog catalog;
    private final PassageSearch search;

    CorpusController(PassageCatalog catalog, PassageSearch search) {
        this.catalog = catalog;
        this.search = search;
    }

    /** {@code context}: the document's lines that belong to the passage but are not quoted (memo header, signature…). */
    record PassageResponse(String passageId, String documentId, String text, String source,
                           String previousPassageId, String nextPassageId, Integer page, String section, String context) {
    }

    record SearchHitResponse(String passageId, String documentId, double score, String text, String source, String highlight,
                             Integer page, String section) {
    }

    /** {@code warnings}: what the search had to do without, e.g. BM25 alone while the embedding server is unreachable. */
    record SearchResponse(String query, String mode, List<SearchHitResponse> hits, List<String> warnings) {
    }

    @GetMapping("/api/passages/{passageId}")
    PassageResponse passage(@PathVariable String passageId) {
        return catalog.inContext(passageId)
                .map(c -> new PassageResponse(c.passage().id(), c.passage().documentId(), c.passage().text(),
                        c.passage().source(), c.previousPassageId(), c.nextPassageId(), c.passage().page(), c.passage().section(),
                        c.passage().context()))
                .orElseThrow(() -> new NotFoundException("No passage with id '" + passageId + "'."));
    }

    @GetMapping("/api/search")
    SearchResponse search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit,
                          @RequestParam(defaultValue = "hybrid") String mode) {
        if (q.isBlank()) {
            throw new BadRequestException("The query parameter 'q' must not be blank.");
        }
        if (!QueryText.isSearchable(q)) {
            throw new BadRequestException("The query parameter 'q' has no letters, digits or symbols to search for.");
        }
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw new BadRequestException("The parameter 'limit' must be between 1 and " + MAX_SEARCH_LIMIT + ", was " + limit + ".");
        }
        RetrievalMode retrievalMode = RetrievalMode.parse(mode).orElseThrow(() -> new BadRequestException(
                "The parameter 'mode' must be bm25, dense or hybrid, was '" + mode + "'."));
        PassageSearch.Results results = search.find(q, limit, retrievalMode);
        List<SearchHitResponse> hits = results.hits().stream()
                .map(h -> new SearchHitResponse(h.passage().id(), h.passage().documentId(), h.score(),
                        h.passage().text(), h.passage().source(), h.highlight(), h.passage().page(), h.passage().section()))
                .toList();
        return new SearchResponse(q, retrievalMode.label(), hits, results.warnings());
    }
}
