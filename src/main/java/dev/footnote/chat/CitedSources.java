package dev.footnote.chat;

import java.util.List;
import java.util.Optional;

import dev.footnote.answer.Citation;
import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.PassageCatalog;

/**
 * What the citations of a stored turn point at now. A passage id follows the passage's text, so a
 * citation whose passage the index no longer holds (its document deleted, excluded or changed) or
 * whose quote is no longer at its offsets is unavailable: the page then shows the quote kept with
 * the turn, as no longer in the corpus, instead of an empty source panel.
 */
public final class CitedSources implements DocumentTitles {

    private final PassageCatalog catalog;

    public CitedSources(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    /** A citation as shown with its turn: the title of its document and whether its passage is still in the corpus. */
    public record SourcedCitation(Citation citation, String documentTitle, boolean available) {
    }

    /** The turn's citations, each with the title kept with the turn (else the title now) and whether it can still be opened. */
    public List<SourcedCitation> of(Turn turn) {
        return turn.answer().citations().stream().map(c -> {
            String title = turn.documentTitle(c.documentId());
            if (title == null) {
                title = title(c.documentId()).orElse(null);
            }
            return new SourcedCitation(c, title, available(c));
        }).toList();
    }

    /** Whether the cited passage is in the index and holds the quote at its offsets. */
    public boolean available(Citation citation) {
        Optional<Passage> passage = catalog.passage(citation.passageId());
        return passage.map(Passage::text)
                .filter(text -> citation.end() <= text.length())
                .map(text -> text.substring(citation.start(), citation.end()).equals(citation.quote()))
                .orElse(false);
    }

    /** The title recorded with the document; its file name (without folders) where it has none. */
    @Override
    public Optional<String> title(String documentId) {
        return catalog.document(documentId).map(d -> d.title() == null || d.title().isBlank() ? Document.fileTitle(d.path()) : d.title());
    }
}
