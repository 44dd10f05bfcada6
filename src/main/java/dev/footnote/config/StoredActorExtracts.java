package dev.footnote.config;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.footnote.corpus.Document;
import dev.footnote.corpus.Passage;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.actors.ActorCatalogs;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.ActorStore;
import dev.footnote.positions.actors.AnnotatedPassage;

/**
 * Connects actor extraction to the index without either knowing the other: the extractor runs as the
 * index's annotator when a document is written (each passage's extract, and the document's summary of who speaks in
 * it), and the catalog reads the summaries and, per request, the extracts it needs, through the index seam on any
 * backend.
 */
final class StoredActorExtracts {

    private StoredActorExtracts() {
    }

    static PassageAnnotator annotator(ActorExtractor extractor) {
        return new PassageAnnotator() {
            @Override
            public Map<String, Annotation> annotate(Document document) {
                return extractor.extract(document.passages()).entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, e -> new Annotation(e.getValue().actors(), e.getValue().statements())));
            }

            @Override
            public Summary summarise(Document document, Map<String, Annotation> annotations) {
                Map<String, String> extracts = new HashMap<>();
                annotations.forEach((id, a) -> extracts.put(id, a.statements()));
                ActorExtractor.Summary summary = extractor.summarise(document.passages(), extracts);
                return new Summary(summary.key(), summary.text());
            }
        };
    }

    /** The index as the catalog reads it: summaries, the few extracts a request needs, and a search for names. */
    static ActorStore store(PassageIndex index) {
        return new ActorStore() {
            @Override
            public List<Summary> summaries(String key) {
                return index.summaries(key).stream().map(s -> new Summary(s.documentId(), s.path(), s.text())).toList();
            }

            @Override
            public Map<String, String> unsummarised(String key) {
                return index.unsummarised(key);
            }

            @Override
            public List<AnnotatedPassage> extracts(Collection<String> passageIds, Collection<String> documentIds,
                                                   Collection<String> speakers) {
                return index.extracts(passageIds, documentIds, speakers).stream()
                        .map(e -> new AnnotatedPassage(e.passage(), e.statements())).toList();
            }

            @Override
            public long version() {
                return index.version();
            }

            @Override
            public List<Passage> search(String name) {
                return index.bm25(index.analysis().tokens(name), 1f, ActorCatalogs.MENTION_SEARCH).stream()
                        .map(PassageIndex.Hit::passage).toList();
            }
        };
    }

    /** Every passage with its stored extract, document by document in path order, each in reading order (tools, tests). */
    static List<AnnotatedPassage> read(PassageIndex index) {
        return index.extracts().stream().map(e -> new AnnotatedPassage(e.passage(), e.statements())).toList();
    }
}
