package dev.footnote.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import dev.footnote.answer.verify.ClaimAnalysis;
import dev.footnote.answer.verify.ClaimWord;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.corpus.DocumentState;
import dev.footnote.corpus.DocumentStatus;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * Checks a submitted text against the corpus, sentence by sentence: 1. split it into the sentences that state
 * something; 2. for each, retrieve passages (only those of the given documents, when asked); 3. let the support judge
 * find the one or two passage sentences that back it best, then further sentences for the words still unbacked;
 * 4. give the verdict by the judge's score ({@link CheckRules}), cite what backs it, and name the words nothing cited backs.
 */
public final class CheckService {

    private final Retriever retriever;
    private final PassageCatalog catalog;
    private final ClaimAnalysis analysis;
    private final SupportJudge judge;
    private final CheckRules rules;
    private final CheckDocuments documents;
    private final int maxChars;
    private final CheckableSentences sentences;

    public CheckService(Retriever retriever, PassageCatalog catalog, ClaimAnalysis analysis, SupportJudge judge,
                        CheckRules rules, CheckDocuments documents, int maxChars) {
        this.retriever = retriever;
        this.catalog = catalog;
        this.analysis = analysis;
        this.judge = judge;
        this.rules = rules;
        this.documents = documents;
        this.maxChars = maxChars;
        this.sentences = new CheckableSentences(rules.headingWords());
    }

    public CheckRules rules() {
        return rules;
    }

    public int maxChars() {
        return maxChars;
    }

    public CheckReport check(String text, List<String> documentIds) {
        return check(text, documentIds, s -> { });
    }

    /**
     * Checks the text, telling {@code listener} each sentence as soon as it is checked.
     *
     * @param documentIds only these documents count as evidence; {@code null} or empty for the whole corpus
     * @throws InvalidCheckException  for a blank text or a document that cannot be evidence
     * @throws CheckTooLongException for a text over the limit
     */
    public CheckReport check(String text, List<String> documentIds, Consumer<CheckedSentence> listener) {
        List<String> ids = validate(text, documentIds);
        List<String> warnings = documents.warnings();
        EvidenceSentences evidence = new EvidenceSentences(analysis);
        List<Passage> pool = restrictedPool(ids);
        Map<String, Integer> markers = new HashMap<>();
        List<CheckedSentence> checked = new ArrayList<>();
        for (Sentences.Span span : sentences.split(text)) {
            String sentence = span.of(text);
            List<ClaimWord> words = analysis.words(sentence);
            if (words.isEmpty()) {
                continue;   // nothing to check: no name, number or content word
            }
            List<Passage> passages = pool != null ? pool : retrieve(sentence, ids);
            CheckedSentence result = judge(text, span, words, passages, evidence, markers);
            checked.add(result);
            listener.accept(result);
        }
        return CheckReport.of(checked, warnings);
    }

    /** The distinct document ids, after checking the text and that each document can serve as evidence. */
    public List<String> validate(String text, List<String> documentIds) {
        if (text == null || text.isBlank()) {
            throw new InvalidCheckException("The text to check is empty: send {\"text\": \"…\"} with at least one sentence.");
        }
        if (text.length() > maxChars) {
            throw new CheckTooLongException("The text has " + text.length() + " characters; at most " + maxChars
                    + " are checked at once (footnote.check.max-chars). Split it and check the parts.");
        }
        List<String> ids = documentIds == null ? List.of()
                : documentIds.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        for (String id : ids) {
            DocumentStatus status = documents.status(id).orElseThrow(() -> new InvalidCheckException(
                    "Document '" + id + "' is unknown: no document of the corpus has this id (see GET /api/documents)."));
            if (status.state() != DocumentState.INDEXED) {
                throw new InvalidCheckException("Document '" + id + "' (" + status.path() + ") is " + status.state().label()
                        + (status.reason() == null ? "" : " (" + status.reason() + ")")
                        + ", not indexed: it cannot serve as evidence" + (status.state() == DocumentState.QUEUED
                        || status.state() == DocumentState.INDEXING ? " yet; try again once it is indexed." : "."));
            }
        }
        return ids;
    }

    /** All passages of the given documents, when there are few enough to judge them all; else {@code null}. */
    private List<Passage> restrictedPool(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        List<Passage> all = new ArrayList<>();
        for (String id : ids) {
            all.addAll(catalog.passagesOf(id));
            if (all.size() > rules.restrictedPassages()) {
                return null;
            }
        }
        return all;
    }

    private List<Passage> retrieve(String sentence, List<String> ids) {
        if (ids.isEmpty()) {
            return retriever.retrieve(sentence, rules.passages()).stream().map(RetrievedPassage::passage).toList();
        }
        Set<String> allowed = new HashSet<>(ids);
        return retriever.retrieve(sentence, rules.filterDepth()).stream().map(RetrievedPassage::passage)
                .filter(p -> allowed.contains(p.documentId())).limit(rules.passages()).toList();
    }

    private CheckedSentence judge(String text, Sentences.Span span, List<ClaimWord> words, List<Passage> passages,
                                  EvidenceSentences evidence, Map<String, Integer> markers) {
        List<EvidenceSentences.Candidate> candidates = evidence.of(passages);
        SupportJudge.Evidence context = evidence.context(passages);
        List<SupportJudge.Evidence> compared = candidates.stream().map(EvidenceSentences.Candidate::evidence).toList();
        SupportJudge.Support support = judge.judge(words, compared, context);
        Verdict verdict = candidates.isEmpty() ? Verdict.NOT_SUPPORTED : rules.verdict(support.score(), support.contradicted());
        List<Integer> cited = new ArrayList<>();
        List<ClaimWord> unbacked = words;
        if (!candidates.isEmpty() && (support.score() >= rules.citeScore() || support.contradicted())) {
            cited.addAll(support.evidence());
            unbacked = support.unsupported();
            // Further sentences for the words still unbacked, so the citations show all the evidence there is.
            while (cited.size() < rules.maxCitations() && !unbacked.isEmpty()) {
                List<Integer> rest = new ArrayList<>();
                for (int i = 0; i < candidates.size(); i++) {
                    if (!cited.contains(i)) {
                        rest.add(i);
                    }
                }
                if (rest.isEmpty()) {
                    break;
                }
                SupportJudge.Support more = judge.judge(unbacked, rest.stream().map(compared::get).toList(), SupportJudge.Evidence.NONE);
                if (more.evidence().isEmpty() || more.unsupported().size() >= unbacked.size()) {
                    break;
                }
                more.evidence().forEach(i -> cited.add(rest.get(i)));
                unbacked = more.unsupported();
            }
            alsoCite(words, candidates, compared, context, cited);
        }
        List<CheckCitation> citations = new ArrayList<>();
        for (int i : cited.subList(0, Math.min(cited.size(), rules.maxCitations()))) {
            EvidenceSentences.Candidate c = candidates.get(i);
            Passage p = c.passage();
            int marker = markers.computeIfAbsent(p.id() + ":" + c.span().start(), k -> markers.size() + 1);
            citations.add(new CheckCitation(marker, p.id(), p.documentId(), p.source(), p.page(), c.quote(),
                    c.span().start(), c.span().end()));
        }
        return new CheckedSentence(span.of(text), span.start(), span.end(), verdict, citations,
                unsupportedSpans(text, span.start(), words, unbacked), support.score(), support.contradicted());
    }

    /** Then the sentences that back the claim well on their own, best first, up to {@link CheckRules#maxCitations}. */
    private void alsoCite(List<ClaimWord> words, List<EvidenceSentences.Candidate> candidates,
                          List<SupportJudge.Evidence> compared, SupportJudge.Evidence context, List<Integer> cited) {
        if (cited.size() >= rules.maxCitations()) {
            return;
        }
        Map<Integer, Double> scores = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!cited.contains(i)) {
                double score = judge.judge(words, List.of(compared.get(i)), context).score();
                if (score >= rules.alsoCiteScore()) {
                    scores.put(i, score);
                }
            }
        }
        scores.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(rules.maxCitations() - cited.size()).forEach(e -> cited.add(e.getKey()));
    }

    /** The unbacked words as spans of the submitted text; with {@link CheckRules#fillGaps}, runs of them as one span. */
    private List<TextSpan> unsupportedSpans(String text, int offset, List<ClaimWord> words, List<ClaimWord> unbacked) {
        Set<ClaimWord> lacking = new HashSet<>(unbacked);
        List<TextSpan> spans = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (ClaimWord w : words) {
            if (lacking.contains(w)) {
                if (runStart >= 0 && rules.fillGaps()) {
                    runEnd = w.end();
                } else {
                    if (runStart >= 0) {
                        spans.add(TextSpan.of(text, offset + runStart, offset + runEnd));
                    }
                    runStart = w.start();
                    runEnd = w.end();
                }
            } else if (runStart >= 0) {
                spans.add(TextSpan.of(text, offset + runStart, offset + runEnd));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            spans.add(TextSpan.of(text, offset + runStart, offset + runEnd));
        }
        return spans;
    }
}
