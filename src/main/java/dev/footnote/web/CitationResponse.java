package dev.footnote.web;

import java.util.List;
import java.util.Map;

import dev.footnote.answer.Citation;
import dev.footnote.chat.CitedSources;

/**
 * A citation as the chat and conversations APIs show it: every field of {@link Citation}, plus the
 * title of the cited document and whether the passage is still in the corpus. A stored turn whose
 * document was deleted, excluded or changed keeps its quote, source and page, with {@code available: false}.
 *
 * @param documentTitle the cited document's title when the answer was given; {@code null} when unknown
 * @param available     whether the passage can still be opened ({@code GET /api/passages/{passageId}})
 */
record CitationResponse(int marker, String passageId, String documentId, String source, String quote, int start, int end,
                        Boolean supported, String claim, Integer page, String documentTitle, boolean available) {

    static CitationResponse of(Citation c, String documentTitle, boolean available) {
        return new CitationResponse(c.marker(), c.passageId(), c.documentId(), c.source(), c.quote(), c.start(), c.end(),
                c.supported(), c.claim(), c.page(), documentTitle, available);
    }

    /** The citations of an answer just given: their passages are in the index. */
    static List<CitationResponse> fresh(List<Citation> citations, Map<String, String> titles) {
        return citations.stream().map(c -> of(c, titles.get(c.documentId()), true)).toList();
    }

    static List<CitationResponse> stored(List<CitedSources.SourcedCitation> citations) {
        return citations.stream().map(s -> of(s.citation(), s.documentTitle(), s.available())).toList();
    }
}
