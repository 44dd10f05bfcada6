package dev.footnote.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.footnote.corpus.Passage;

/** An index that forwards every call to another: the base of views over a backend that change a few calls. */
public class PassageIndexDelegate implements PassageIndex {

    private final PassageIndex backend;

    public PassageIndexDelegate(PassageIndex backend) {
        this.backend = backend;
    }

    /** The backend behind this view. */
    public PassageIndex backend() {
        return backend;
    }

    @Override
    public List<Hit> bm25(List<String> terms, float sourceBoost, int limit) {
        return backend.bm25(terms, sourceBoost, limit);
    }

    @Override
    public List<Hit> nearest(float[] vector, int k) {
        return backend.nearest(vector, k);
    }

    @Override
    public boolean hasVectors() {
        return backend.hasVectors();
    }

    @Override
    public TextEmbedder embedder() {
        return backend.embedder();
    }

    @Override
    public TextAnalysis analysis() {
        return backend.analysis();
    }

    @Override
    public Map<String, float[][]> sentenceVectors(Collection<String> passageIds) {
        return backend.sentenceVectors(passageIds);
    }

    @Override
    public Optional<Passage> passage(String passageId) {
        return backend.passage(passageId);
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return backend.passagesOf(documentId);
    }

    @Override
    public Map<String, IndexedFile> files() {
        return backend.files();
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        return backend.file(documentId);
    }

    @Override
    public int documentCount() {
        return backend.documentCount();
    }

    @Override
    public Set<String> exclusions() {
        return backend.exclusions();
    }

    @Override
    public List<Extract> extracts() {
        return backend.extracts();
    }

    @Override
    public List<Extract> extracts(Collection<String> passageIds, Collection<String> documentIds, Collection<String> actors) {
        return backend.extracts(passageIds, documentIds, actors);
    }

    @Override
    public List<DocumentSummary> summaries(String key) {
        return backend.summaries(key);
    }

    @Override
    public Map<String, String> unsummarised(String key) {
        return backend.unsummarised(key);
    }

    @Override
    public void annotateWith(PassageAnnotator annotator) {
        backend.annotateWith(annotator);
    }

    @Override
    public long version() {
        return backend.version();
    }

    @Override
    public int passageCount() {
        return backend.passageCount();
    }

    @Override
    public TermStats termStats(String term) {
        return backend.termStats(term);
    }

    /** {@link #prepare} keeps the default (everything on writing, through this method), so a view that changes apply is obeyed. */
    @Override
    public void apply(IndexChanges changes) {
        backend.apply(changes);
    }

    @Override
    public Optional<String> unavailable() {
        return backend.unavailable();
    }
}
