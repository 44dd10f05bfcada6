package dev.footnote.chat;

import java.util.List;
import java.util.Map;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

import dev.footnote.answer.Markers;
import dev.footnote.llm.LlmClient;
import dev.footnote.llm.LlmFailure;
import dev.footnote.llm.PromptFile;

/**
 * Rewrites a follow-up with the language model and the condense prompt, given the conversation
 * from its chat memory. A first question is left as it is (no call); when the model fails the
 * rule-based rewrite is used, with a warning.
 */
public final class LlmCondenser implements QuestionCondenser {

    private final LlmClient client;
    private final PromptFile prompt;
    private final QuestionCondenser fallback;

    public LlmCondenser(LlmClient client, PromptFile prompt, QuestionCondenser fallback) {
        this.client = client;
        this.prompt = prompt;
        this.fallback = fallback;
    }

    @Override
    public Condensed condense(String question, List<Turn> turns, List<ChatMessage> messages) {
        if (messages.isEmpty()) {
            return Condensed.as(question.strip());
        }
        String request = prompt.render(Map.of("history", transcript(messages), "question", question.strip()));
        try {
            String rewritten = firstLine(client.chat(ChatRequest.builder().messages(UserMessage.from(request)).build()).text());
            if (!rewritten.isBlank()) {
                return Condensed.as(rewritten);
            }
        } catch (LlmFailure failure) {
            Condensed byRule = fallback.condense(question, turns, messages);
            return new Condensed(byRule.query(), List.of("The language model (" + client.model() + ") "
                    + failure.reason() + " while rewriting the follow-up question; names from the previous turn were carried over instead."));
        }
        return fallback.condense(question, turns, messages);
    }

    /** "User: …" and "Assistant: …" lines, oldest first; citation markers are left out. */
    static String transcript(List<ChatMessage> messages) {
        StringBuilder out = new StringBuilder();
        for (ChatMessage message : messages) {
            if (message instanceof UserMessage user && user.hasSingleText()) {
                out.append("User: ").append(user.singleText().strip()).append('\n');
            } else if (message instanceof AiMessage ai && ai.text() != null) {
                out.append("Assistant: ").append(Markers.strip(ai.text()).strip()).append('\n');
            }
        }
        return out.toString().strip();
    }

    /** The model's first non-empty line, without a "Standalone question:" label or quotes around it. */
    private static String firstLine(String text) {
        for (String line : text.strip().split("\\R")) {
            String s = line.strip().replaceFirst("(?i)^standalone question:\\s*", "").strip();
            if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("“") && s.endsWith("”"))) {
                s = s.substring(1, s.length() - 1).strip();
            }
            if (!s.isEmpty()) {
                return s;
            }
        }
        return "";
    }
}
