package dev.footnote.answer;

import java.util.List;

import dev.footnote.retrieval.RetrievedPassage;

/** Answers a question from the passages it is given, citing only those passages. */
public interface Answerer {

    CitedAnswer answer(String question, List<RetrievedPassage> evidence);
}
