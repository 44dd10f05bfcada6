package dev.footnote.positions.actors;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.footnote.corpus.Passage;

/**
 * What the catalog reads of an index that keeps the extracts ({@link ActorExtractor}) and, per document, their summary
 * (who speaks in it, and how often): the summaries once per index version, and per request only the passages it needs.
 * Nothing here reads every passage, so the catalog's memory grows with the actors, not with the corpus.
 */
public interface ActorStore {

    /** A document's summary ({@link ActorExtractor#summarise}) with the document's id and path. */
    record Summary(String documentId, String path, String text) {
    }

    /** The summaries made under this extraction key that name any speaker, in path order. */
    List<Summary> summaries(String key);

    /** The documents without a summary made under this key (indexed before it, or under another): id to path. */
    Map<String, String> unsummarised(String key);

    /**
     * The passages with their stored extracts that any of these select (passage ids, document ids, or speakers by
     * the names the extracts gave them), document by document in path order, each in reading order.
     */
    List<AnnotatedPassage> extracts(Collection<String> passageIds, Collection<String> documentIds, Collection<String> speakers);

    /** Changes whenever the indexed passages change. */
    long version();

    /** A few passages found for a name ({@link ActorCatalogs#MENTION_SEARCH}), to confirm that the corpus writes it. */
    List<Passage> search(String name);
}
