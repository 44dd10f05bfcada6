package dev.footnote.positions;

import dev.footnote.answer.Citation;
import dev.footnote.corpus.Passage;

/** Citations of statements: the quote is always the statement's sentence, verbatim from its passage. */
final class Citations {

    private Citations() {
    }

    static Citation of(int marker, Statement statement) {
        Passage p = statement.passage();
        return new Citation(marker, p.id(), p.documentId(), p.source(), statement.text(),
                statement.span().start(), statement.span().end());
    }

    static Position.Attribution attribution(int marker, Statement statement, String actor) {
        return new Position.Attribution(marker, statement.speakers(), statement.coSpeakers(actor), statement.evidence());
    }
}
