package dev.footnote.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

import dev.footnote.index.IndexFields;
import dev.footnote.index.PassageAnnotator;
import dev.footnote.index.PassageDocuments;
import dev.footnote.index.PassageIndex;
import dev.footnote.positions.actors.ActorExtractor;
import dev.footnote.positions.actors.AnnotatedPassage;

/**
 * Connects actor extraction to the index without either knowing the other: the extractor runs as the
 * index's annotator when a document is written, and the stored extracts are read back for the catalog.
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
        record Row(String path, AnnotatedPassage passage) {
        }
        List<Row> rows = index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            List<Row> all = new ArrayList<>();
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                Document doc = stored.document(d);
                all.add(new Row(doc.get(IndexFields.PATH),
                        new AnnotatedPassage(PassageDocuments.toPassage(doc), doc.get(IndexFields.STATEMENTS))));
            }
            return all;
        });
        return rows.stream()
                .sorted(Comparator.comparing(Row::path).thenComparingInt(r -> r.passage().passage().ordinal()))
                .map(Row::passage)
                .toList();
    }
}
