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
import dev.footnote.text.TextAnalyzer;
import dev.footnote.retrieval.PassageCatalog;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.retrieval.Retriever;

/**
 * Checks a submitted text against the corpus, sentence by sentence: 1. split it into the sentences that state
 * something; 2. for each, retrieve passages (only those of the given documents, when asked); 3. let the support judge
 * find the one or two passage sentences that back it best; 4. cite them, then further sentences ({@link CitationOrder});
 * 5. give the verdict by the judge's score ({@link CheckRules}), cite what backs it, and name the words nothing cited backs.
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
    private final CitationOrder citations;
    private final UnsupportedWords unsupportedWords;
    private final TextAnalyzer tagger = TextAnalyzer.english().withoutChunks();

    /**
     * @param unsupportedWords the model that names the words nothing backs; {@code null}: the hand rules of
     *                         {@link CheckRules} ({@code fillGaps}, {@code leadingWords}) name them instead
     */
    public CheckService(Retriever retriever, PassageCatalog catalog, ClaimAnalysis analysis, SupportJudge judge,
                        CheckRules rules, CheckDocuments documents, int maxChars, UnsupportedWords unsupportedWords) {
        this.retriever = retriever;
        this.catalog = catalog;
        this.analysis = analysis;
        this.judge = judge;
        this.rules = rules;
        this.documents = documents;
        this.maxChars = maxChars;
        this.sentences = new CheckableSentences(rules.headingWords());
        this.citations = new CitationOrder(judge, rules);
        this.unsupportedWords = unsupportedWords;
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
        return check(text, documentIds, listener, tokens -> { });
    }

    /**
     * The same, telling {@code tokens} too how each sentence's tokens were judged by the unsupported-words model
     * (for fitting it: {@code eval --format wice-tokens --token-dump}); nothing when the hand rules name them.
     */
    public CheckReport check(String text, List<String> documentIds, Consumer<CheckedSentence> listener,
                             Consumer<List<UnsupportedWords.Judged>> tokens) {
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
            CheckedSentence result = judge(text, span, words, passages, evidence, markers, tokens);
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
                                  EvidenceSentences evidence, Map<String, Integer> markers,
                                  Consumer<List<UnsupportedWords.Judged>> tokens) {
        SupportJudge.Evidence context = evidence.context(passages);
        // The verdict from the passages' sentences as the sentence splitter reads them; the citations from their lines
        // (a line break ends a quote), which differ only where a passage keeps line breaks.
        List<EvidenceSentences.Candidate> sentences = evidence.sentencesOf(passages);
        SupportJudge.Support support = judge.judge(words, sentences.stream().map(EvidenceSentences.Candidate::evidence).toList(), context);
        Verdict verdict = sentences.isEmpty() ? Verdict.NOT_SUPPORTED : rules.verdict(support.score(), support.contradicted());
        List<EvidenceSentences.Candidate> candidates = evidence.of(passages);
        List<SupportJudge.Evidence> compared = candidates.stream().map(EvidenceSentences.Candidate::evidence).toList();
        SupportJudge.Support quoted = candidates.equals(sentences) ? support : quoted(words, support, sentences, candidates, context);
        List<Integer> cited = List.of();
        List<ClaimWord> unbacked = words;
        if (!candidates.isEmpty() && (quoted.score() >= rules.citeScore() || support.contradicted())) {
            CitationOrder.Cited c = citations.cite(words, quoted, candidates, compared, context);
            cited = c.indices();
            unbacked = c.unbacked();
        }
        List<CheckCitation> shown = new ArrayList<>();
        for (int i : cited) {
            EvidenceSentences.Candidate c = candidates.get(i);
            Passage p = c.passage();
            int marker = markers.computeIfAbsent(p.id() + ":" + c.span().start(), k -> markers.size() + 1);
            shown.add(new CheckCitation(marker, p.id(), p.documentId(), p.source(), p.page(), c.quote(),
                    c.span().start(), c.span().end()));
        }
        List<TextSpan> unsupported = unsupportedSpans(text, span.start(), words, unbacked);
        if (unsupportedWords != null) {
            Set<ClaimWord> lacking = new HashSet<>(unbacked);
            // Whether any candidate line backs the word on its own: asked only of the words the cited ones leave unbacked.
            Map<ClaimWord, Double> anywhere = new HashMap<>();
            java.util.function.ToDoubleFunction<ClaimWord> anyCredit = w -> anywhere.computeIfAbsent(w,
                    k -> compared.isEmpty() ? 0 : Math.max(0, judge.judge(List.of(k), compared, context).score()));
            UnsupportedWords.Sentence s = new UnsupportedWords.Sentence(text, span.start(),
                    tagger.analyzeSpan(text, span.start(), span.end()).tokens(), words, lacking,
                    new HashSet<>(support.unsupported()), anyCredit, unsupported, support.score(), support.contradicted(),
                    cited.stream().map(i -> candidates.get(i).quote()).toList());
            List<UnsupportedWords.Judged> judged = unsupportedWords.judge(s);
            tokens.accept(judged);
            unsupported = UnsupportedWords.spans(text, judged);
        }
        return new CheckedSentence(span.of(text), span.start(), span.end(), verdict, shown,
                unsupported, support.score(), support.contradicted());
    }

    /**
     * The judgement over lines: the judge's choice among the lines of the sentences it chose (a handful, where
     * judging every pair of lines of the passages would cost their square), as indices into {@code lines}.
     */
    private SupportJudge.Support quoted(List<ClaimWord> words, SupportJudge.Support support, List<EvidenceSentences.Candidate> sentences,
                                        List<EvidenceSentences.Candidate> lines, SupportJudge.Evidence context) {
        List<Integer> within = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EvidenceSentences.Candidate line = lines.get(i);
            for (int e : support.evidence()) {
                EvidenceSentences.Candidate s = sentences.get(e);
                if (s.passage().id().equals(line.passage().id()) && s.span().start() <= line.span().start()
                        && line.span().end() <= s.span().end()) {
                    within.add(i);
                    break;
                }
            }
        }
        if (within.isEmpty()) {
            return judge.judge(words, lines.stream().map(EvidenceSentences.Candidate::evidence).toList(), context);
        }
        SupportJudge.Support best = judge.judge(words, within.stream().map(i -> lines.get(i).evidence()).toList(), context);
        return new SupportJudge.Support(best.score(), best.evidence().stream().map(within::get).toList(), best.unsupported(),
                best.contradicted());
    }

    /**
     * Where an unbacked phrase starts: at its first unbacked word, or before the function words that lead to it from
     * the last word judged ("<i>is the only</i> one"), within one clause.
     */
    private static int leadingFunctionWords(String text, int offset, int previousEnd, int wordStart) {
        if (previousEnd >= wordStart) {
            return wordStart;
        }
        int start = previousEnd;
        // The phrase stays within its clause: it starts after the last clause mark before the word, if any.
        for (int i = previousEnd; i < wordStart; i++) {
            if (",;:()".indexOf(text.charAt(offset + i)) >= 0) {
                start = i + 1;
            }
        }
        while (start < wordStart && !Character.isLetterOrDigit(text.charAt(offset + start))) {
            start++;
        }
        return start;
    }

    /**
     * The unbacked words as spans of the submitted text; with {@link CheckRules#fillGaps}, runs of them as one span,
     * and with {@link CheckRules#leadingWords}, each from the function words that lead to it.
     */
    private List<TextSpan> unsupportedSpans(String text, int offset, List<ClaimWord> words, List<ClaimWord> unbacked) {
        Set<ClaimWord> lacking = new HashSet<>(unbacked);
        List<TextSpan> spans = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int previousEnd = 0;
        for (ClaimWord w : words) {
            if (lacking.contains(w)) {
                if (runStart >= 0 && rules.fillGaps()) {
                    runEnd = w.end();
                } else {
                    if (runStart >= 0) {
                        spans.add(TextSpan.of(text, offset + runStart, offset + runEnd));
                    }
                    runStart = rules.leadingWords() ? leadingFunctionWords(text, offset, previousEnd, w.start()) : w.start();
                    runEnd = w.end();
                }
            } else if (runStart >= 0) {
                spans.add(TextSpan.of(text, offset + runStart, offset + runEnd));
                runStart = -1;
            }
            previousEnd = Math.max(previousEnd, w.end());
        }
        if (runStart >= 0) {
            spans.add(TextSpan.of(text, offset + runStart, offset + runEnd));
        }
        return spans;
    }
}
