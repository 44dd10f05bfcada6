package dev.footnote.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitationVerifier;
import dev.footnote.answer.Markers;
import dev.footnote.answer.RemovedSentence;
import dev.footnote.corpus.Passage;
import dev.footnote.text.Sentences;
import dev.footnote.llm.LlmFailure;

/**
 * Lets through only the sentences of a model's answer that a cited passage backs. The text is held
 * back one sentence at a time: a sentence is judged by the {@link CitationVerifier} once the next
 * one has begun (so the markers after it have arrived) or the text has ended, then passed on, or
 * removed with its reason. Framing that claims nothing ("Here is what the passages say:") waits for
 * the next backed sentence and goes out with it, so nothing reaches the reader before something
 * backed does. A marker to a passage that does not support its sentence goes, with its citation,
 * when another marker of the sentence does support it. A blocking answer passes the gate in one
 * piece, so a streamed answer and a blocking one are judged alike.
 */
final class SentenceGate {

    /** An opening bracket at the end of the text whose marker has not arrived in full ("… necessary [1"). */
    private static final Pattern OPEN_MARKER = Pattern.compile("\\[[\\d,\\s]*$");

    /**
     * What the gate let through and what it did not.
     *
     * @param text       the backed sentences (and the framing among them), as passed on
     * @param citations  the citations of {@code text}, all supported
     * @param warnings   markers removed, sentences removed, markers that did not hold
     * @param removed    the sentences left out, with the reason
     * @param backed     how many sentences a cited passage backs
     * @param cited      how many sentences cite a given passage (backed or not)
     * @param firstClaim the first sentence that cites a given passage; {@code null} when none does
     * @param checked    the whole answer as judged: the model's text without markers to no given passage
     */
    record Outcome(String text, List<Citation> citations, List<String> warnings, List<RemovedSentence> removed,
                   int backed, int cited, String firstClaim, String checked) {

        Outcome {
            citations = List.copyOf(citations);
            warnings = List.copyOf(warnings);
            removed = List.copyOf(removed);
        }
    }

    /** The verifier failed on the model's text: the answer cannot be trusted, as if the model had failed. */
    static final class VerificationFailed extends RuntimeException {

        VerificationFailed(RuntimeException cause) {
            super(cause);
        }

        LlmFailure failure() {
            return new LlmFailure("wrote an answer that could not be verified (" + getCause().getClass().getSimpleName() + ")", getCause());
        }
    }

    private final CitationVerifier verifier;
    private final List<Passage> passages;
    private final Consumer<String> out;
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder passed = new StringBuilder();
    private final StringBuilder checked = new StringBuilder();
    private final List<String> framing = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<RemovedSentence> removed = new ArrayList<>();
    private String gap = "";
    private boolean afterRemoval;
    private int backed;
    private int cited;
    private String firstClaim;

    /**
     * @param passages the passages the model was given, numbered from 1
     * @param out      receives each piece of text that passed; the pieces add up to {@link Outcome#text()}
     */
    SentenceGate(CitationVerifier verifier, List<Passage> passages, Consumer<String> out) {
        this.verifier = verifier;
        this.passages = passages;
        this.out = out;
    }

    /**
     * The next piece of the model's text; every sentence it completes is judged now, one at a time,
     * so that a text given whole is judged in the same steps as the same text streamed.
     */
    void accept(String piece) {
        pending.append(piece);
        for (int next = startOfNextSentence(pending.toString()); next > 0; next = startOfNextSentence(pending.toString())) {
            String complete = pending.substring(0, next);
            pending.delete(0, next);
            judge(complete);
        }
    }

    /** The text has ended: the sentence held back is judged, and what passed is returned. */
    Outcome finish() {
        if (!pending.isEmpty()) {
            String rest = pending.toString();
            pending.setLength(0);
            judge(rest);
        }
        if (backed > 0) {
            // Framing after the last backed sentence ("I hope this helps.") claims nothing either: it may stay.
            framing.forEach(this::pass);
        }
        framing.clear();
        return new Outcome(passed.toString(), citations, List.copyOf(warnings), removed, backed, cited, firstClaim,
                checked.toString());
    }

    /**
     * Where the text's second sentence begins once it has begun, i.e. holds a letter or digit that
     * is not part of a marker; 0 while the text is one sentence or less. Sentences are found as the
     * verifier finds them: with markers (and a marker still arriving) blanked out.
     */
    static int startOfNextSentence(String text) {
        StringBuilder masked = new StringBuilder(text);
        for (Markers.Marker m : Markers.find(text)) {
            blank(masked, m.bracket(), m.end());
        }
        Matcher open = OPEN_MARKER.matcher(masked);
        if (open.find()) {
            blank(masked, open.start(), masked.length());
        }
        String plain = masked.toString();
        boolean first = true;
        for (Sentences.Span span : Sentences.split(plain)) {
            if (span.of(plain).chars().anyMatch(Character::isLetterOrDigit)) {
                if (!first) {
                    return span.start();
                }
                first = false;
            }
        }
        return 0;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** Judges complete sentences (normally one) with their markers and the white space around them. */
    private void judge(String complete) {
        String sentences = complete.strip();
        space(complete.substring(0, complete.length() - complete.stripLeading().length()));
        if (!sentences.isEmpty()) {
            CitationVerifier.Verification v;
            try {
                v = verifier.verify(sentences, passages);
            } catch (RuntimeException e) {
                throw new VerificationFailed(e);
            }
            checked.append(checked.isEmpty() ? "" : " ").append(v.text());
            Set<String> own = new LinkedHashSet<>();
            v.sentences().forEach(s -> own.addAll(s.warnings()));
            // Warnings about the text as a whole (a marker to no given passage), each said once.
            v.warnings().stream().filter(w -> !own.contains(w)).forEach(warnings::add);
            int end = 0;
            for (CitationVerifier.JudgedSentence s : v.sentences()) {
                space(v.text().substring(end, s.start()));
                end = s.end();
                decide(s, v.text().substring(s.start(), s.end()));
            }
            space(v.text().substring(end));
        }
        space(complete.substring(complete.stripTrailing().length()));
    }

    private void decide(CitationVerifier.JudgedSentence s, String shown) {
        if (!s.citations().isEmpty()) {
            cited++;
            firstClaim = firstClaim == null ? s.claim() : firstClaim;
        }
        if (s.claimsNothing()) {
            framing.add(gap + shown);
        } else if (s.backed()) {
            backed++;
            warnings.addAll(s.warnings());
            framing.forEach(this::pass);
            framing.clear();
            pass(gap + withSupportedMarkersOnly(shown, s));
            citations.addAll(s.citations().stream().filter(c -> Boolean.TRUE.equals(c.supported())).toList());
        } else {
            removed.add(new RemovedSentence(s.claim(), s.reason()));
            warnings.add("Removed from the answer, because " + s.reason() + ": \"" + s.claim() + "\"");
            afterRemoval = true;
            return;
        }
        gap = "";
        afterRemoval = false;
    }

    /**
     * White space between sentences, kept for the next sentence that stays. After a removed sentence
     * only the space before it is kept, so "A. B. C." less "B." reads "A. C.".
     */
    private void space(String whiteSpace) {
        if (!afterRemoval || gap.isEmpty()) {
            gap += whiteSpace;
        }
    }

    private void pass(String piece) {
        String text = passed.isEmpty() ? piece.stripLeading() : piece;
        passed.append(text);
        out.accept(text);
    }

    /** The sentence without the numbers of its markers whose passage does not support it. */
    private static String withSupportedMarkersOnly(String sentence, CitationVerifier.JudgedSentence judged) {
        Set<Integer> supporting = new LinkedHashSet<>();
        judged.citations().stream().filter(c -> Boolean.TRUE.equals(c.supported())).forEach(c -> supporting.add(c.marker()));
        return Markers.replace(sentence, m -> {
            List<Integer> kept = m.numbers().stream().filter(supporting::contains).toList();
            return kept.isEmpty() ? "" : m.spaceBefore() + Markers.render(kept);
        });
    }
}
