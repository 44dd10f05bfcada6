package dev.footnote.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.Contradictions;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.SupportWeights;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.evidence.SentenceEmbeddings;
import dev.footnote.evidence.SentenceScorer;
import dev.footnote.text.ResourceLines;
import dev.footnote.text.TextAnalyzer;

/**
 * Checks the citations of a written answer against the passages the writer was given, numbered
 * {@code [1]..[k]} in that order. A marker that points at no given passage is removed from the
 * text and reported; every sentence that carries markers is compared with each cited passage,
 * sentence by sentence, lexically ({@link SentenceScorer#coverage}: the idf-weighted share of the
 * claim's terms that the passage sentence holds, half credit for terms elsewhere in the passage or
 * its source) and semantically (cosine of the claim's embedding and the sentence vector the index
 * keeps, see {@link SentenceEmbeddings}). The best-matching passage sentence becomes the citation's
 * quote; the claim is supported when that match scores at least {@code minSupport} and the passage
 * contradicts none of its numbers or negations ({@link Contradictions}).
 */
public final class CitationVerifier {

    private static final int QUOTED_CLAIM_CHARS = 120;

    /**
     * @param minSupport    the least combined score (0..1) at which a passage sentence supports a claim
     * @param lexicalWeight the weight of the lexical score in the combined score; the rest is the embedding cosine
     */
    public record Settings(double minSupport, double lexicalWeight) {

        public Settings {
            if (minSupport < 0 || minSupport > 1 || lexicalWeight < 0 || lexicalWeight > 1) {
                throw new IllegalArgumentException("minSupport and lexicalWeight must be within 0..1");
            }
        }
    }

    /**
     * The outcome: the answer text with markers to no given passage removed, one citation per
     * (sentence, marker), warnings for removed markers, unsupported claims and uncited sentences,
     * and every sentence of the text as judged, in order.
     */
    public record Verification(String text, List<Citation> citations, List<String> warnings, int uncitedSentences,
                               List<JudgedSentence> sentences) {

        public Verification {
            citations = List.copyOf(citations);
            warnings = List.copyOf(warnings);
            sentences = List.copyOf(sentences);
        }

        /** A verification that did not keep its sentences. */
        public Verification(String text, List<Citation> citations, List<String> warnings, int uncitedSentences) {
            this(text, citations, warnings, uncitedSentences, List.of());
        }

        public long unsupported() {
            return citations.stream().filter(c -> !Boolean.TRUE.equals(c.supported())).count();
        }
    }

    /**
     * One sentence of the answer, judged.
     *
     * @param claim         the sentence without its markers
     * @param start         where it starts in {@link Verification#text()}
     * @param end           where it ends there, the markers that follow it included
     * @param citations     one per marker it carries; none when it cites nothing
     * @param claimsNothing an uncited sentence of framing words only ("Here is what the passages say:"): it
     *                      asserts nothing a passage could back or contradict
     * @param reason        why nothing backs it ("it cites no passage", "passage [2] does not support it …");
     *                      {@code null} when a cited passage backs it or it claims nothing
     * @param warnings      the warnings of {@link Verification#warnings()} that are about this sentence
     */
    public record JudgedSentence(String claim, int start, int end, List<Citation> citations, boolean claimsNothing,
                                 String reason, List<String> warnings) {

        public JudgedSentence {
            citations = List.copyOf(citations);
            warnings = List.copyOf(warnings);
        }

        /** Whether at least one of the passages it cites supports it. */
        public boolean backed() {
            return citations.stream().anyMatch(c -> Boolean.TRUE.equals(c.supported()));
        }
    }

    /** The passage sentence that best matches a claim, and how well. */
    public record Match(Sentences.Span span, double lexical, double semantic, double score) {
    }

    /** A sentence of the answer, the markers it carries, and its extent in the text (markers included). */
    private record Claim(String text, Set<Integer> markers, int start, int end) {
    }

    /** Words that frame an answer without claiming anything ("Here is what the passages say:"). */
    private static final String FRAMING_WORDS = "dev/footnote/answer/framing-words.txt";

    private final SentenceScorer scorer;
    private final SentenceEmbeddings embeddings;
    private final Settings settings;
    private final Contradictions contradictions;
    private final Set<String> framingTerms;

    /**
     * @param scorer     the term coverage the extractive answerer uses too
     * @param embeddings the project's embedder and the sentence vectors stored in the index
     */
    public CitationVerifier(SentenceScorer scorer, SentenceEmbeddings embeddings, Settings settings) {
        this.scorer = scorer;
        this.embeddings = embeddings;
        this.settings = settings;
        this.contradictions = new Contradictions(new ClaimAnalysis(TextAnalyzer.english(), scorer),
                new SupportJudge(scorer, SupportWeights.builtIn()));
        this.framingTerms = Set.copyOf(scorer.terms(String.join(" ", ResourceLines.read(FRAMING_WORDS))));
    }

    /**
     * @param answer   the written answer with {@code [n]} markers
     * @param passages the passages given to the writer, in the order they were numbered (1-based)
     */
    public Verification verify(String answer, List<Passage> passages) {
        List<String> warnings = new ArrayList<>();
        // 1. Markers that point at no given passage go, so the text never shows a dangling citation.
        String text = Markers.withoutUnknown(answer, passages.size(), warnings);
        // 2. Each sentence and the markers it carries.
        List<Claim> claims = claims(text);
        // 3. Each (claim, cited passage) pair is checked; the cited claims are embedded in one call,
        //    the passage sentences come from the index.
        Map<String, float[]> claimVectors = embed(claims);
        List<Citation> citations = new ArrayList<>();
        List<JudgedSentence> sentences = new ArrayList<>();
        int uncited = 0;
        for (Claim claim : claims) {
            if (claim.markers().isEmpty()) {
                boolean claimsNothing = claimsNothing(claim.text());
                List<String> own = new ArrayList<>();
                if (!claimsNothing) {
                    uncited++;
                    own.add("This sentence cites no passage and was not verified: \"" + shorten(claim.text()) + "\"");
                }
                warnings.addAll(own);
                sentences.add(new JudgedSentence(claim.text(), claim.start(), claim.end(), List.of(), claimsNothing,
                        claimsNothing ? null : "it cites no passage", own));
                continue;
            }
            List<Citation> judged = new ArrayList<>();
            List<String> own = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int marker : claim.markers()) {
                Passage passage = passages.get(marker - 1);
                Match match = bestMatch(claim.text(), claimVectors.get(claim.text()), passage);
                String contradiction = contradictions.of(claim.text(), passage);
                boolean supported = match.score() >= settings.minSupport() && contradiction == null;
                String quote = match.span().of(passage.text());
                judged.add(new Citation(marker, passage.id(), passage.documentId(), passage.source(), quote,
                        match.span().start(), match.span().end(), supported, claim.text(), passage.page()));
                if (contradiction != null) {
                    own.add(String.format(Locale.ROOT, "Passage [%d] does not support this sentence (%s): \"%s\"",
                            marker, contradiction, shorten(claim.text())));
                    failures.add(String.format(Locale.ROOT, "passage [%d] does not support it: %s", marker, contradiction));
                } else if (!supported) {
                    own.add(String.format(Locale.ROOT,
                            "Passage [%d] does not support this sentence (support %.2f, needed %.2f): \"%s\"",
                            marker, match.score(), settings.minSupport(), shorten(claim.text())));
                    failures.add(String.format(Locale.ROOT, "passage [%d] does not support it (support %.2f, needed %.2f)",
                            marker, match.score(), settings.minSupport()));
                }
            }
            citations.addAll(judged);
            warnings.addAll(own);
            boolean backed = failures.size() < judged.size();
            sentences.add(new JudgedSentence(claim.text(), claim.start(), claim.end(), judged, false,
                    backed ? null : String.join("; ", failures), own));
        }
        return new Verification(text, citations, warnings, uncited, sentences);
    }

    /** An uncited sentence claims nothing when it has no content words, or only framing words, and no number. */
    private boolean claimsNothing(String sentence) {
        return sentence.chars().noneMatch(Character::isDigit) && framingTerms.containsAll(scorer.terms(sentence));
    }

    private Match bestMatch(String claim, float[] claimVector, Passage passage) {
        SentenceScorer.QuestionTerms claimTerms = scorer.claim(claim);
        // Context the sentence leans on ("He stressed…" in a passage about Vucevic) counts half.
        Set<String> context = scorer.contextTerms(passage);
        List<Sentences.Span> spans = Sentences.split(passage.text());
        double[] similarities = embeddings.similarities(claimVector, passage, spans);
        Match best = null;
        for (int i = 0; i < spans.size(); i++) {
            Sentences.Span span = spans.get(i);
            double lexical = scorer.coverage(claimTerms, scorer.terms(span.of(passage.text())), context);
            double score = settings.lexicalWeight() * lexical + (1 - settings.lexicalWeight()) * similarities[i];
            if (best == null || score > best.score()) {
                best = new Match(span, lexical, similarities[i], score);
            }
        }
        return best;
    }

    /** The vectors of the claims that cite something, by text, from one call to the embedder. */
    private Map<String, float[]> embed(List<Claim> claims) {
        List<String> cited = claims.stream().filter(c -> !c.markers().isEmpty()).map(Claim::text).distinct().toList();
        Map<String, float[]> vectors = new HashMap<>();
        if (!cited.isEmpty()) {
            List<float[]> embedded = embeddings.embedder().embedAll(cited);
            for (int i = 0; i < cited.size(); i++) {
                vectors.put(cited.get(i), embedded.get(i));
            }
        }
        return vectors;
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
                claims.add(new Claim(claimText, new LinkedHashSet<>(), span.start(), span.end()));
                starts.add(span.start());
            }
        }
        // Each sentence reaches to the next one, so that the markers after it ("region. [1]") are inside it.
        for (int i = 0; i < claims.size(); i++) {
            int from = i == 0 ? leadingSpace(text) : starts.get(i);
            int to = i + 1 < claims.size() ? starts.get(i + 1) : text.length();
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            Claim c = claims.get(i);
            claims.set(i, new Claim(c.text(), c.markers(), from, to));
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

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String shorten(String text) {
        return text.length() <= QUOTED_CLAIM_CHARS ? text : text.substring(0, QUOTED_CLAIM_CHARS - 1) + "…";
    }
}
