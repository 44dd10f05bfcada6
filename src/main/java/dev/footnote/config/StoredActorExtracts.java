package dev.footnote.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.AnnotatedPassage;

/**
 * Connects actor extraction to the index without either knowing the other: the extractor runs as the
 * index's annotator when a document is written, and the stored extracts are read back, through the
 * index seam on any backend, for the catalog.
 */
final class StoredActorExtracts {

    private StoredActorExtracts() {
    }

    static PassageAnnotator annotator(ActorExtractor extractor) {
        return document -> extractor.extract(document.passages()).entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> new PassageAnnotator.Annotation(e.getValue().actors(), e.getValue().statements())));
    }

    /** Every passage with its stored extract, document by document in path order, each in reading order. */
    static List<AnnotatedPassage> read(PassageIndex index) {
        return index.extracts().stream().map(e -> new AnnotatedPassage(e.passage(), e.statements())).toList();
    }
}
