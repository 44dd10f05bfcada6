package dev.footnote.positions.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.corpus.Passage;

/**
 * The actor catalog of the current corpus, again only when the index (its version) or {@code config/actors.yml}
 * changed. Over an index ({@link ActorStore}) it is assembled from the per-document summaries kept at indexing (who
 * speaks in each document, and how often) and fetches the statements a request needs; a document without a summary
 * made under the current actors file is read once and, if its stored extract is stale too, extracted again in memory.
 * A corpus held in memory (no index) is extracted whole.
 */
public final class ActorCatalogs {

    private static final Logger log = LoggerFactory.getLogger(ActorCatalogs.class);

    /** How many passages the search of a name brings up before the corpus counts as not naming it. */
    public static final int MENTION_SEARCH = 50;

    /** How many documents without a summary are read at a time. */
    private static final int STALE_BATCH = 200;

    private final Supplier<List<AnnotatedPassage>> passages;
    private final ActorStore store;
    private final LongSupplier corpusVersion;
    private final ActorExtractor extractor;

    private record Cached(String key, ActorCatalog catalog) {
    }

    private volatile Cached cached;

    private ActorCatalogs(Supplier<List<AnnotatedPassage>> passages, ActorStore store, LongSupplier corpusVersion,
                          ActorExtractor extractor) {
        this.passages = passages;
        this.store = store;
        this.corpusVersion = corpusVersion;
        this.extractor = extractor;
    }

    /** Over an index that keeps extracts and document summaries: nothing reads every passage. */
    public static ActorCatalogs stored(ActorStore store, ActorExtractor extractor) {
        return new ActorCatalogs(null, store, store::version, extractor);
    }

    /** Over every passage with its stored extract (or none), read whole on each new version. */
    public static ActorCatalogs of(Supplier<List<AnnotatedPassage>> passages, LongSupplier corpusVersion, ActorExtractor extractor) {
        return new ActorCatalogs(passages, null, corpusVersion, extractor);
    }

    /** For passages with nothing stored: every document is extracted in memory. */
    public static ActorCatalogs inMemory(Supplier<List<Passage>> passages, LongSupplier corpusVersion, ActorsFile actorsFile) {
        return of(() -> passages.get().stream().map(p -> new AnnotatedPassage(p, null)).toList(),
                corpusVersion, new ActorExtractor(actorsFile));
    }

    public ActorCatalog current() {
        String key = corpusVersion.getAsLong() + "|" + extractor.actorsFile().version();
        Cached c = cached;
        if (c != null && c.key().equals(key)) {
            return c.catalog();
        }
        ActorCatalog catalog = store != null ? fromStore() : assemble(passages.get());
        cached = new Cached(key, catalog);
        return catalog;
    }

    private ActorCatalog assemble(List<AnnotatedPassage> all) {
        Map<String, List<AnnotatedPassage>> byDocument = new LinkedHashMap<>();
        all.forEach(a -> byDocument.computeIfAbsent(a.passage().documentId(), d -> new ArrayList<>()).add(a));
        List<StatementCodec.Extract> extracts = new ArrayList<>();
        int stale = 0;
        for (List<AnnotatedPassage> document : byDocument.values()) {
            Fresh fresh = current(document);
            stale += fresh.made() ? 1 : 0;
            extracts.addAll(fresh.extracts());
        }
        if (stale > 0) {
            log.info("Extracted actors again for {} of {} documents (no stored extract, or another actors file)",
                    stale, byDocument.size());
        }
        return CatalogAssembler.assemble(all.stream().map(AnnotatedPassage::passage).toList(), extracts, extractor.gazetteer(), null);
    }

    /** A document's extracts under the current actors file: as stored, or made again ({@code made}). */
    private record Fresh(List<StatementCodec.Extract> extracts, boolean made) {
    }

    private Fresh current(List<AnnotatedPassage> document) {
        String key = extractor.key();
        List<StatementCodec.Extract> stored = document.stream().map(a -> StatementCodec.decode(a.passage(), a.extract())).toList();
        if (stored.stream().allMatch(e -> e.key().equals(key))) {
            return new Fresh(stored, false);
        }
        List<Passage> passages = document.stream().map(AnnotatedPassage::passage).toList();
        Map<String, ActorExtractor.PassageExtract> fresh = extractor.extract(passages);
        return new Fresh(passages.stream().map(p -> StatementCodec.decode(p, fresh.get(p.id()).statements())).toList(), true);
    }

    /**
     * The catalog from the summaries: the speakers of every document in path order, named as one catalog; the
     * statements stay in the index. Documents without a current summary are read in batches; their summary is made
     * here, and their statements kept in memory only when their stored extract is stale.
     */
    private ActorCatalog fromStore() {
        long started = System.nanoTime();
        String key = extractor.key();
        record Doc(String path, String documentId, List<StatementCodec.Speaker> speakers) {
        }
        List<Doc> docs = new ArrayList<>();
        store.summaries(key).forEach(s -> docs.add(new Doc(s.path(), s.documentId(), StatementCodec.speakers(s.text()))));
        Map<String, String> unsummarised = store.unsummarised(key);
        Map<String, List<StatementCodec.Extract>> madeAgain = new HashMap<>();
        List<String> stale = new ArrayList<>(unsummarised.keySet());
        for (int from = 0; from < stale.size(); from += STALE_BATCH) {
            Map<String, List<AnnotatedPassage>> byDocument = new LinkedHashMap<>();
            store.extracts(List.of(), stale.subList(from, Math.min(stale.size(), from + STALE_BATCH)), List.of())
                    .forEach(a -> byDocument.computeIfAbsent(a.passage().documentId(), d -> new ArrayList<>()).add(a));
            byDocument.forEach((documentId, document) -> {
                Fresh fresh = current(document);
                if (fresh.made()) {
                    madeAgain.put(documentId, fresh.extracts());
                }
                String summary = StatementCodec.summarise(fresh.extracts());
                if (!summary.isEmpty()) {
                    docs.add(new Doc(unsummarised.get(documentId), documentId, StatementCodec.speakers(summary)));
                }
            });
        }
        if (!unsummarised.isEmpty()) {
            log.info("Read the actor extracts of {} documents without a summary under the current actors file; "
                    + "extracted {} of them again in memory", unsummarised.size(), madeAgain.size());
        }
        docs.sort(Comparator.comparing(Doc::path));

        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Integer> sourceCounts = new LinkedHashMap<>();
        Map<String, String> paths = new HashMap<>();
        for (Doc d : docs) {
            paths.put(d.documentId(), d.path());
            for (StatementCodec.Speaker s : d.speakers()) {
                actors.merge(Folding.key(s.actor().name()), s.actor(), StatementCodec::merge);
                sourceCounts.merge(s.actor().name(), s.statements(), Integer::sum);
            }
        }
        CatalogAssembler.Naming naming = CatalogAssembler.naming(actors, extractor.gazetteer(), this::writtenInLowerCase);
        Set<String> speaking = new LinkedHashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        sourceCounts.forEach((name, count) -> {
            String named = naming.of(name);
            if (named != null) {
                speaking.add(named);
                counts.merge(named, count, Integer::sum);
            }
        });
        List<Actor> speakingActors = naming.speaking(speaking);
        log.info("Actor catalog: {} speaking actors from the summaries of {} documents in {} ms", speakingActors.size(),
                docs.size(), (System.nanoTime() - started) / 1_000_000);
        return new ActorCatalog(speakingActors, counts, CatalogAssembler.known(speakingActors, extractor.gazetteer()),
                CorpusMentions.bySearch(store::search), new Fetched(naming, madeAgain, paths));
    }

    /** Of these one-word names, those a passage found for them writes in lower case. */
    private Set<String> writtenInLowerCase(Set<String> words) {
        Set<String> found = new HashSet<>();
        for (String word : words) {
            found.addAll(CatalogAssembler.writtenInLowerCase(store.search(word), Set.of(word)));
        }
        return found;
    }

    /** Statements fetched from the store per request, and named as the catalog names their speakers. */
    private final class Fetched implements ActorCatalog.Statements {

        private final CatalogAssembler.Naming naming;
        /** The statements of documents whose stored extract was stale, made again in memory, by document. */
        private final Map<String, List<StatementCodec.Extract>> madeAgain;
        private final Map<String, String> paths;

        Fetched(CatalogAssembler.Naming naming, Map<String, List<StatementCodec.Extract>> madeAgain, Map<String, String> paths) {
            this.naming = naming;
            this.madeAgain = madeAgain;
            this.paths = paths;
        }

        @Override
        public List<Statement> of(Collection<String> speakers) {
            Set<String> sources = new LinkedHashSet<>();
            speakers.forEach(n -> sources.addAll(naming.sources(n)));
            return named(store.extracts(List.of(), List.of(), sources),
                    s -> s.speakers().stream().anyMatch(sources::contains));
        }

        @Override
        public List<Statement> in(Collection<String> passageIds, Collection<String> documentIds) {
            Set<String> ids = Set.copyOf(passageIds);
            Set<String> documents = Set.copyOf(documentIds);
            return named(store.extracts(passageIds, documentIds, List.of()),
                    s -> ids.contains(s.passage().id()) || documents.contains(s.passage().documentId()));
        }

        @Override
        public List<Statement> all() {
            List<Statement> all = new ArrayList<>();
            paths.keySet().stream().sorted(Comparator.comparing(paths::get))
                    .forEach(d -> all.addAll(in(List.of(), List.of(d))));
            return all;
        }

        /** The stored statements of the passages found, those of documents made again from memory instead. */
        private List<Statement> named(List<AnnotatedPassage> found, java.util.function.Predicate<Statement> wanted) {
            List<Statement> raw = new ArrayList<>();
            for (AnnotatedPassage a : found) {
                if (!madeAgain.containsKey(a.passage().documentId())) {
                    raw.addAll(StatementCodec.decode(a.passage(), a.extract()).statements());
                }
            }
            if (!madeAgain.isEmpty()) {
                madeAgain.values().forEach(document -> document.forEach(e -> e.statements().stream().filter(wanted).forEach(raw::add)));
                raw.sort(Comparator.comparing((Statement s) -> paths.getOrDefault(s.passage().documentId(), ""))
                        .thenComparingInt(s -> s.passage().ordinal()).thenComparingInt(s -> s.span().start()));
            }
            return raw.stream().filter(wanted).map(naming::rename).filter(s -> s != null).toList();
        }
    }
}
