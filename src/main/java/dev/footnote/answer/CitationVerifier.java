package dev.footnote.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;

import dev.footnote.corpus.Passage;
import dev.footnote.corpus.Sentences;
import dev.footnote.evidence.TermWeights;

/**
 * Checks the citations of a written answer against the passages the writer was given, numbered
 * {@code [1]..[k]} in that order. A marker that points at no given passage is removed from the
 * text and reported; every sentence that carries markers is compared with each cited passage,
 * sentence by sentence, lexically (the idf-weighted share of the claim's terms that the passage
 * sentence holds, half credit for terms elsewhere in the passage or its source) and semantically
 * (cosine of their embeddings). The best-matching passage sentence becomes the citation's quote;
 * the claim is supported when that match scores at least {@code minSupport}.
 */
public final class CitationVerifier {

    /** {@code [3]}, {@code [1, 2]}: the markers a writer puts after a claim. */
    private static final int QUOTED_CLAIM_CHARS = 120;

    /**
     * @param minSupport      the least combined score (0..1) at which a passage sentence supports a claim
     * @param lexicalWeight   the weight of the lexical score in the combined score; the rest is the embedding cosine
     * @param cachedSentences how many passage-sentence embeddings are kept (least recently used go first);
     *                        the same passages come back often, and embedding them is most of the cost
     */
    public record Settings(double minSupport, double lexicalWeight, int cachedSentences) {

        public Settings {
            if (minSupport < 0 || minSupport > 1 || lexicalWeight < 0 || lexicalWeight > 1) {
                throw new IllegalArgumentException("minSupport and lexicalWeight must be within 0..1");
            }
            if (cachedSentences < 0) {
                throw new IllegalArgumentException("cachedSentences must be >= 0");
            }
        }

        public Settings(double minSupport, double lexicalWeight) {
            this(minSupport, lexicalWeight, 0);
        }
    }

    /**
     * The outcome: the answer text with markers to no given passage removed, one citation per
     * (sentence, marker), warnings for removed markers, unsupported claims and uncited sentences.
     */
    public record Verification(String text, List<Citation> citations, List<String> warnings, int uncitedSentences) {

        public Verification {
            citations = List.copyOf(citations);
            warnings = List.copyOf(warnings);
        }

        public long unsupported() {
            return citations.stream().filter(c -> !Boolean.TRUE.equals(c.supported())).count();
        }
    }

    /** The passage sentence that best matches a claim, and how well. */
    public record Match(Sentences.Span span, double lexical, double semantic, double score) {
    }

    private record Claim(String text, Set<Integer> markers) {
    }

    private final TermWeights weights;
    private final EmbeddingModel embeddings;
    private final Settings settings;
    private final Map<String, Embedding> sentenceCache;

    public CitationVerifier(TermWeights weights, EmbeddingModel embeddings, Settings settings) {
        this.weights = weights;
        this.embeddings = embeddings;
        this.settings = settings;
        this.sentenceCache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                return size() > settings.cachedSentences();
            }
        });
    }

    /**
     * @param answer   the written answer with {@code [n]} markers
     * @param passages the passages given to the writer, in the order they were numbered (1-based)
     */
    public Verification verify(String answer, List<Passage> passages) {
        List<String> warnings = new ArrayList<>();
        // 1. Markers that point at no given passage go, so the text never shows a dangling citation.
        String text = removeUnknownMarkers(answer, passages.size(), warnings);
        // 2. Each sentence and the markers it carries.
        List<Claim> claims = claims(text);
        // 3. Each (claim, cited passage) pair is checked; embeddings are computed once per text.
        Map<String, Embedding> vectors = embed(claims, passages);
        List<Citation> citations = new ArrayList<>();
        int uncited = 0;
        for (Claim claim : claims) {
            if (claim.markers().isEmpty()) {
                if (!weights.terms(claim.text()).isEmpty()) {
                    uncited++;
                    warnings.add("This sentence cites no passage and was not verified: \"" + shorten(claim.text()) + "\"");
                }
                continue;
            }
            for (int marker : claim.markers()) {
                Passage passage = passages.get(marker - 1);
                Match match = bestMatch(claim.text(), passage, vectors);
                boolean supported = match.score() >= settings.minSupport();
                String quote = match.span().of(passage.text());
                citations.add(new Citation(marker, passage.id(), passage.documentId(), passage.source(), quote,
                        match.span().start(), match.span().end(), supported, claim.text()));
                if (!supported) {
                    warnings.add(String.format(Locale.ROOT,
                            "Passage [%d] does not support this sentence (support %.2f, needed %.2f): \"%s\"",
                            marker, match.score(), settings.minSupport(), shorten(claim.text())));
                }
            }
        }
        return new Verification(text, citations, warnings, uncited);
    }

    /** The sentence of {@code passage} that best supports {@code claim}. */
    public Match match(String claim, Passage passage) {
        Map<String, Embedding> vectors = new HashMap<>();
        List<String> texts = new ArrayList<>(List.of(claim));
        Sentences.split(passage.text()).forEach(s -> texts.add(s.of(passage.text())));
        embedInto(texts, vectors);
        return bestMatch(claim, passage, vectors);
    }

    private Match bestMatch(String claim, Passage passage, Map<String, Embedding> vectors) {
        Map<String, Double> claimTerms = new HashMap<>();
        weights.terms(claim).forEach(t -> claimTerms.put(t, weights.idf(t)));
        double total = claimTerms.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> context = new HashSet<>(weights.terms(passage.text()));
        if (passage.source() != null) {
            context.addAll(weights.terms(passage.source()));
        }
        Embedding claimVector = vectors.get(claim);
        Match best = null;
        for (Sentences.Span span : Sentences.split(passage.text())) {
            String sentence = span.of(passage.text());
            double lexical = lexical(claimTerms, total, Set.copyOf(weights.terms(sentence)), context);
            double semantic = Math.max(0, CosineSimilarity.between(claimVector, vectors.get(sentence)));
            double score = settings.lexicalWeight() * lexical + (1 - settings.lexicalWeight()) * semantic;
            if (best == null || score > best.score()) {
                best = new Match(span, lexical, semantic, score);
            }
        }
        return best;
    }

    private static double lexical(Map<String, Double> claimTerms, double total, Set<String> sentence, Set<String> context) {
        if (total <= 0) {
            return 0;
        }
        double covered = 0;
        for (Map.Entry<String, Double> term : claimTerms.entrySet()) {
            if (sentence.contains(term.getKey())) {
                covered += term.getValue();
            } else if (context.contains(term.getKey())) {
                // Context the sentence leans on ("He stressed…" in a passage about Vucevic) counts half.
                covered += term.getValue() / 2;
            }
        }
        return covered / total;
    }

    private Map<String, Embedding> embed(List<Claim> claims, List<Passage> passages) {
        Set<String> texts = new LinkedHashSet<>();
        Set<Integer> cited = new LinkedHashSet<>();
        for (Claim claim : claims) {
            if (!claim.markers().isEmpty()) {
                texts.add(claim.text());
                cited.addAll(claim.markers());
            }
        }
        Map<String, Embedding> vectors = new HashMap<>();
        Set<String> sentences = new LinkedHashSet<>();
        for (int marker : cited) {
            String passage = passages.get(marker - 1).text();
            for (Sentences.Span span : Sentences.split(passage)) {
                String sentence = span.of(passage);
                Embedding cached = sentenceCache.get(sentence);
                if (cached != null) {
                    vectors.put(sentence, cached);
                } else {
                    sentences.add(sentence);
                }
            }
        }
        texts.addAll(sentences);
        texts.removeAll(vectors.keySet());
        embedInto(new ArrayList<>(texts), vectors);
        if (settings.cachedSentences() > 0) {
            sentences.forEach(sentence -> sentenceCache.put(sentence, vectors.get(sentence)));
        }
        return vectors;
    }

    private void embedInto(List<String> texts, Map<String, Embedding> vectors) {
        if (texts.isEmpty()) {
            return;
        }
        List<Embedding> embedded = embeddings.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embedded.get(i));
        }
    }

    /** The text without markers to passages outside 1..count; each distinct bad number is reported once. */
    static String removeUnknownMarkers(String text, int count, List<String> warnings) {
        Set<Integer> reported = new LinkedHashSet<>();
        return Markers.replace(text, m -> {
            List<Integer> kept = new ArrayList<>();
            for (int n : m.numbers()) {
                if (n >= 1 && n <= count) {
                    kept.add(n);
                } else if (reported.add(n)) {
                    warnings.add("Removed citation [" + n + "]: the model was given " + count
                            + (count == 1 ? " passage" : " passages") + ", so it points at nothing.");
                }
            }
            // A marker left empty goes with the space before it, so "region [7]." becomes "region.".
            return kept.isEmpty() ? "" : m.spaceBefore() + Markers.render(kept);
        });
    }

    /**
     * The sentences of the text with the markers that follow them. Sentences are found with the
     * markers blanked out (BreakIterator does not break in "lines.[3] Belgrade"); a marker belongs
     * to the last sentence that starts before it, so "region. [1]" cites "region.".
     */
    private static List<Claim> claims(String text) {
        StringBuilder masked = new StringBuilder(text);
        List<Markers.Marker> markers = Markers.find(text);
        for (Markers.Marker m : markers) {
            for (int i = m.bracket(); i < m.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        List<Sentences.Span> spans = Sentences.split(masked.toString());
        List<Claim> claims = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (Sentences.Span span : spans) {
            String claimText = span.of(masked.toString()).replaceAll("\\s+", " ").replaceAll(" ([.,;:!?])", "$1").strip();
            if (claimText.chars().anyMatch(Character::isLetterOrDigit)) {
                claims.add(new Claim(claimText, new LinkedHashSet<>()));
                starts.add(span.start());
            }
        }
        for (Markers.Marker m : markers) {
            int owner = 0;
            while (owner + 1 < starts.size() && starts.get(owner + 1) <= m.bracket()) {
                owner++;
            }
            if (!claims.isEmpty()) {
                claims.get(owner).markers().addAll(m.numbers());
            }
        }
        return claims;
    }

    private static String shorten(String text) {
        return text.length() <= QUOTED_CLAIM_CHARS ? text : text.substring(0, QUOTED_CLAIM_CHARS - 1) + "…";
    }
}
