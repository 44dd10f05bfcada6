package dev.footnote.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.footnote.answer.Citation;

/** The title of an indexed document by its id: what a citation shows instead of a file path or an id. */
@FunctionalInterface
public interface DocumentTitles {

    /** Knows no title: citations show their source line alone. */
    DocumentTitles NONE = documentId -> Optional.empty();

    /** The document's title; empty for a document the index does not hold (any more). */
    Optional<String> title(String documentId);

    /** The titles of the documents these citations point at, by document id; a document without a title is left out. */
    default Map<String, String> of(List<Citation> citations) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (!titles.containsKey(c.documentId())) {
                title(c.documentId()).ifPresent(t -> titles.put(c.documentId(), t));
            }
        }
        return titles;
    }
}
