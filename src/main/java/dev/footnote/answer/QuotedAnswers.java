package dev.footnote.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.answer.verify.WordKind;
import dev.footnote.corpus.Passage;

/**
 * The extractive answer's texts: quoted sentences each with its marker and citation, and a refusal that shows the
 * nearest evidence verbatim, cited with {@code supported: false}, never as support.
 */
final class QuotedAnswers {

    private QuotedAnswers() {
    }

    /** The sentences quoted one after the other, each with its marker and citation; grounded. */
    static CitedAnswer quoted(List<ScoredSentence> chosen, ShortAnswer shortAnswer) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (ScoredSentence sentence : chosen) {
            int marker = citations.size() + 1;
            citations.add(citation(marker, sentence, true));
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence.text()).append(" [").append(marker).append(']');
        }
        return new CitedAnswer(text.toString(), true, CitedAnswer.EXTRACTIVE, citations, List.of(), null, shortAnswer);
    }

    /**
     * A refusal that names what the corpus lacks and shows the nearest it says, quoted verbatim and cited, but not
     * grounded: "…does not contain an answer… Nearest, though not about “Japan”: “…Prime Minister of Canada…” [1]".
     */
    static CitedAnswer nearest(ScoredSentence best, SupportJudge.Support focus) {
        String lacking = focus.unsupported().stream()
                .filter(w -> w.kind() == WordKind.NAME || w.kind() == WordKind.NUMBER)
                .map(w -> "“" + w.text() + "”").distinct().collect(Collectors.joining(" or "));
        return shownNotGrounded(ExtractiveAnswerer.NOT_IN_CORPUS + " Nearest, though not about " + lacking + ": ", best);
    }

    /** {@code lead}, then the sentence in quotation marks with marker [1], cited as not supporting: not grounded. */
    static CitedAnswer shownNotGrounded(String lead, ScoredSentence shown) {
        return new CitedAnswer(lead + "“" + shown.text() + "” [1]", false, CitedAnswer.EXTRACTIVE,
                List.of(citation(1, shown, false)), List.of(), null, null);
    }

    /** The citation of a quoted sentence; {@code supported} false for evidence shown beside a refusal. */
    private static Citation citation(int marker, ScoredSentence sentence, boolean supported) {
        Passage p = sentence.passage();
        return new Citation(marker, p.id(), p.documentId(), p.source(), sentence.text(), sentence.span().start(),
                sentence.span().end(), supported, supported ? sentence.text() : null, p.page());
    }
}
