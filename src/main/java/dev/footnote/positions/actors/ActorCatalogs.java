package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.Passage;

/**
 * The actor catalog of the current corpus, assembled from the extracts stored with the passages at
 * indexing, again only when the index (its version) or {@code config/actors.yml} changed. A document
 * whose stored extract is missing or was made under another actors file is extracted again, in memory.
 */
public final class ActorCatalogs {

    private static final Logger log = LoggerFactory.getLogger(ActorCatalogs.class);

    /** How many passages the search of a name brings up before the corpus counts as not naming it. */
    public static final int MENTION_SEARCH = 50;

    private final Supplier<List<AnnotatedPassage>> passages;
    private final LongSupplier corpusVersion;
    private final ActorExtractor extractor;
    private final java.util.function.Predicate<String> inCorpus;

    private record Cached(String key, ActorCatalog catalog) {
    }

    private volatile Cached cached;

    public ActorCatalogs(Supplier<List<AnnotatedPassage>> passages, LongSupplier corpusVersion, ActorExtractor extractor) {
        this(passages, corpusVersion, extractor, null);
    }

    /**
     * @param search the passages a name is searched in, to tell whether the corpus names an actor at all without
     *               holding the corpus's text; {@code null} to read it from all passages
     */
    public ActorCatalogs(Supplier<List<AnnotatedPassage>> passages, LongSupplier corpusVersion, ActorExtractor extractor,
                         java.util.function.Function<String, List<Passage>> search) {
        this.passages = passages;
        this.corpusVersion = corpusVersion;
        this.extractor = extractor;
        this.inCorpus = search == null ? null : CorpusMentions.bySearch(search);
    }

    /** For passages with nothing stored: every document is extracted in memory. */
    public static ActorCatalogs inMemory(Supplier<List<Passage>> passages, LongSupplier corpusVersion, ActorsFile actorsFile) {
        return new ActorCatalogs(() -> passages.get().stream().map(p -> new AnnotatedPassage(p, null)).toList(),
                corpusVersion, new ActorExtractor(actorsFile));
    }

    public ActorCatalog current() {
        String key = corpusVersion.getAsLong() + "|" + extractor.actorsFile().version();
        Cached c = cached;
        if (c != null && c.key().equals(key)) {
            return c.catalog();
        }
        ActorCatalog catalog = assemble(passages.get());
        cached = new Cached(key, catalog);
        return catalog;
    }

    private ActorCatalog assemble(List<AnnotatedPassage> all) {
        String key = extractor.key();
        Map<String, List<AnnotatedPassage>> byDocument = new LinkedHashMap<>();
        all.forEach(a -> byDocument.computeIfAbsent(a.passage().documentId(), d -> new ArrayList<>()).add(a));
        List<StatementCodec.Extract> extracts = new ArrayList<>();
        int stale = 0;
        for (List<AnnotatedPassage> document : byDocument.values()) {
            List<StatementCodec.Extract> stored = document.stream().map(a -> StatementCodec.decode(a.passage(), a.extract())).toList();
            if (stored.stream().allMatch(e -> e.key().equals(key))) {
                extracts.addAll(stored);
                continue;
            }
            stale++;
            List<Passage> passages = document.stream().map(AnnotatedPassage::passage).toList();
            Map<String, ActorExtractor.PassageExtract> fresh = extractor.extract(passages);
            passages.forEach(p -> extracts.add(StatementCodec.decode(p, fresh.get(p.id()).statements())));
        }
        if (stale > 0) {
            log.info("Extracted actors again for {} of {} documents (no stored extract, or another actors file)",
                    stale, byDocument.size());
        }
        return CatalogAssembler.assemble(all.stream().map(AnnotatedPassage::passage).toList(), extracts, extractor.gazetteer(),
                inCorpus);
    }
}
