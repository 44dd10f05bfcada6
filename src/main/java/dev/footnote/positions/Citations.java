package dev.footnote.positions;

import dev.footnote.answer.Citation;
import dev.footnote.corpus.Passage;
import dev.footnote.positions.actors.Statement;

/** Citations of statements: the quote is always the statement's sentence, verbatim from its passage. */
final class Citations {

    private Citations() {
    }

    /** A verbatim quote: the claim is the quote, so it is supported by construction. */
    static Citation of(int marker, Statement statement) {
        return of(marker, statement, true, statement.text());
    }

    /** A citation of {@code statement} for {@code claim}, a sentence someone (an LLM) wrote about it. */
    static Citation of(int marker, Statement statement, Boolean supported, String claim) {
        Passage p = statement.passage();
        return new Citation(marker, p.id(), p.documentId(), p.source(), statement.text(),
                statement.span().start(), statement.span().end(), supported, claim, p.page());
    }

    /** The statement alone as a passage, so that a verifier matches the claim against this sentence only. */
    static Passage alone(Statement statement) {
        Passage p = statement.passage();
        return new Passage(p.id(), p.documentId(), p.ordinal(), statement.text(), p.source(), p.page(), p.section());
    }

    static Position.Attribution attribution(int marker, Statement statement, String actor) {
        return new Position.Attribution(marker, statement.speakers(), statement.coSpeakers(actor), statement.evidence());
    }
}
