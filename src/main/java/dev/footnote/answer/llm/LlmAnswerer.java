package dev.footnote.answer.llm;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.AnswerListener;
import dev.footnote.answer.Answerer;
import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.Decline;
import dev.footnote.answer.Markers;
import dev.footnote.corpus.Passage;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.RetrievedPassage;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.LlmFailure;

/**
 * Answers with a language model, then checks what it wrote: the model may phrase, but its markers
 * must point at passages it was given and the sentences it cites must be supported by them (see
 * {@link CitationVerifier}). When the model fails (down, too slow, unreadable, empty) the answer is
 * the extractive one, with a warning that says why.
 */
public final class LlmAnswerer implements Answerer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);

    private final LlmClient client;
    private final GroundedPrompt prompt;
    private final CitationVerifier verifier;
    private final Answerer fallback;

    public LlmAnswerer(LlmClient client, GroundedPrompt prompt, CitationVerifier verifier, Answerer fallback) {
        this.client = client;
        this.prompt = prompt;
        this.verifier = verifier;
        this.fallback = fallback;
    }

    @Override
    public CitedAnswer answer(Query query, List<RetrievedPassage> evidence) {
        List<Passage> passages = passages(evidence);
        try {
            LlmClient.Reply reply = client.chat(prompt.request(query.retrievalText(), passages));
            // The whole answer passes the same gate as a stream does, in one piece.
            SentenceGate gate = new SentenceGate(verifier, passages, text -> { });
            gate.accept(reply.text());
            return verified(reply, query.retrievalText(), gate.finish());
        } catch (LlmFailure failure) {
            return fallback(query, evidence, failure);
        } catch (SentenceGate.VerificationFailed failed) {
            return fallback(query, evidence, failed.failure());
        }
    }

    /**
     * Streams only judged sentences: the gate holds each sentence back until the next one begins,
     * judges it, and passes it on or removes it; a marker to no passage, or a sentence that is
     * removed, never reaches the listener.
     */
    @Override
    public CitedAnswer answer(Query query, List<RetrievedPassage> evidence, AnswerListener listener) {
        List<Passage> passages = passages(evidence);
        boolean[] streamed = {false};
        SentenceGate gate = new SentenceGate(verifier, passages, text -> {
            streamed[0] = true;
            listener.delta(text);
        });
        LlmFailure failure;
        try {
            LlmClient.Reply reply = client.stream(prompt.request(query.retrievalText(), passages), text -> {
                listener.heldBack(text);
                gate.accept(text);
            });
            CitedAnswer answer = verified(reply, query.retrievalText(), gate.finish());
            if (!streamed[0]) {
                // A decline passes no gate: it is known to be one only once the answer is whole.
                Answerer.streamInPieces(answer.text(), listener);
            }
            return answer;
        } catch (LlmFailure failed) {
            failure = failed;
        } catch (SentenceGate.VerificationFailed failed) {
            failure = failed.failure();
        }
        if (streamed[0]) {
            listener.restart("The text so far is replaced by the extractive answer: the language model " + failure.reason() + ".");
        }
        CitedAnswer answer = fallback(query, evidence, failure);
        Answerer.streamInPieces(answer.text(), listener);
        return answer;
    }

    /**
     * The model's answer, judged sentence by sentence: what stays is backed by a passage it cites.
     * An answer that cites nothing, or none of whose sentences holds up, is not passed on: it fails
     * like a broken response, and the extractive answer replaces it. Only a whole answer of the
     * decline's form is a decline ({@link Decline}): a decline phrase inside other text does not
     * exempt that text from verification.
     */
    private CitedAnswer verified(LlmClient.Reply reply, String question, SentenceGate.Outcome judged) throws LlmFailure {
        String withoutMarkers = Markers.strip(reply.text()).strip();
        // 1. "The passages do not contain the answer": not grounded, nothing to cite.
        if (!Markers.any(reply.text()) && Decline.isDecline(withoutMarkers, question)) {
            return new CitedAnswer(withoutMarkers, false, CitedAnswer.LLM, List.of(), List.of(), reply.model());
        }
        if (judged.cited() == 0) {
            String checked = Markers.strip(judged.checked()).strip();
            if (Decline.isDecline(checked, question)) {
                // A decline that carried only markers to passages it was not given: still a decline.
                return new CitedAnswer(checked, false, CitedAnswer.LLM, List.of(),
                        judged.warnings().stream().filter(w -> w.startsWith("Removed citation")).toList(), reply.model());
            }
            // 2. Nothing the model wrote can be traced to the corpus: it is not passed on.
            throw new LlmFailure("answered without citing any of the passages it was given", null);
        }
        // 3. Not one cited sentence is borne out by its passage: the answer is not trustworthy as a whole.
        if (judged.backed() == 0) {
            throw new LlmFailure("wrote an answer that the passages it cites do not support (\"" + judged.firstClaim() + "\")", null);
        }
        // 4. The backed sentences, and what was removed and why.
        return new CitedAnswer(judged.text(), true, CitedAnswer.LLM, judged.citations(), judged.warnings(), reply.model(),
                null, judged.removed());
    }

    private CitedAnswer fallback(Query query, List<RetrievedPassage> evidence, LlmFailure failure) {
        log.warn("Falling back to the extractive answer: the language model {}", failure.reason());
        log.debug("The language model's failure", failure.getCause());
        return fallback.answer(query, evidence).withWarning("The language model (" + client.model() + ") "
                + failure.reason() + "; this is the extractive answer instead.");
    }

    private static List<Passage> passages(List<RetrievedPassage> evidence) {
        return evidence.stream().map(RetrievedPassage::passage).toList();
    }
}
