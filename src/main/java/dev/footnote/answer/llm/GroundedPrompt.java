package dev.footnote.answer.llm;

import java.util.List;
import java.util.Map;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

import dev.footnote.corpus.Passage;
import dev.footnote.llm.Prompts;

/**
 * The request for a grounded answer: the rules as the system message; the passages, numbered
 * {@code [1]..[k]} with their sources, as delimited data in the user message, then the question.
 * Corpus text and the question are escaped alike, so that neither can close the {@code <passage>}
 * delimiters (or open a passage of its own) and pose as instructions.
 */
public final class GroundedPrompt {

    private final Prompts prompts;

    public GroundedPrompt(Prompts prompts) {
        this.prompts = prompts;
    }

    public ChatRequest request(String question, List<Passage> passages) {
        String user = prompts.answer().render(Map.of("passages", passages(passages), "question", escape(question.strip())));
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompts.system().text()), UserMessage.from(user))
                .build();
    }

    /** {@code <passage number="n">[n] source: …\ntext</passage>}, one per passage, in the given order. */
    static String passages(List<Passage> passages) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            int n = i + 1;
            if (i > 0) {
                out.append("\n\n");
            }
            out.append("<passage number=\"").append(n).append("\">\n")
                    .append('[').append(n).append("] source: ").append(p.source() == null ? "unknown" : escape(p.source())).append('\n')
                    .append(escape(p.text())).append('\n')
                    .append("</passage>");
        }
        return out.toString();
    }

    /** Angle brackets become entities: a passage cannot write {@code </passages>} and step outside the data. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
