package dev.footnote.web.openai;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.answer.CitedAnswer;
import dev.footnote.chat.ChatReply;

/** Writes one finished answer as a {@code chat.completion} object or as {@code chat.completion.chunk} events. */
final class CompletionWriter {

    private static final String COMPLETION = "chat.completion";
    private static final String CHUNK = "chat.completion.chunk";
    private static final String STOP = "stop";

    /** Flushes the response, so each chunk reaches the client as it is written. */
    interface Flush {
        void flush() throws IOException;
    }

    private final String id;
    private final long created;
    private final String model;
    private final String content;
    private final List<?> citations;
    private final Object extras;
    private final ChatCompletion.Usage usage;
    /** {@code stop}, or {@code length} when max_tokens cut the answer. */
    private final String finishReason;

    CompletionWriter(String id, long created, String model, ChatReply reply, String content, int promptTokens) {
        this(id, created, model, reply, content, promptTokens, STOP);
    }

    CompletionWriter(String id, long created, String model, ChatReply reply, String content, int promptTokens, String finishReason) {
        this(id, created, model, content, reply.answer().citations(), extras(reply), promptTokens, finishReason);
    }

    /**
     * @param citations    the structured citations ({@code citations} of the completion and of its stop chunk)
     * @param extras       Footnote's own field {@code footnote}
     * @param finishReason {@code stop}, or {@code length} when max_tokens cut the answer
     */
    CompletionWriter(String id, long created, String model, String content, List<?> citations, Object extras, int promptTokens,
                     String finishReason) {
        this.finishReason = finishReason;
        this.id = id;
        this.created = created;
        this.model = model;
        this.citations = citations;
        this.extras = extras;
        this.content = content;
        this.usage = ChatCompletion.Usage.of(promptTokens, TokenCount.of(content));
    }

    ChatCompletion completion() {
        var message = new ChatCompletion.Message("assistant", content, null);
        return new ChatCompletion(id, COMPLETION, created, model, null,
                List.of(new ChatCompletion.Choice(0, message, null, finishReason)), usage, citations, extras);
    }

    /** The role, the content a word at a time, the stop with the citations, the usage if asked, {@code [DONE]}. */
    void writeChunks(ObjectMapper json, OutputStream out, boolean includeUsage, Flush flush) throws IOException {
        event(json, out, chunk(new ChatCompletion.Delta("assistant", ""), null), flush);
        for (String piece : pieces(content)) {
            event(json, out, chunk(new ChatCompletion.Delta(null, piece), null), flush);
        }
        var last = new ChatCompletion.ChunkChoice(0, new ChatCompletion.Delta(null, null), null, finishReason);
        event(json, out, new ChatCompletion.Chunk(id, CHUNK, created, model, null, List.of(last), null,
                citations, extras), flush);
        if (includeUsage) {
            event(json, out, new ChatCompletion.Chunk(id, CHUNK, created, model, null, List.of(), usage, null, null), flush);
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        flush.flush();
    }

    private ChatCompletion.Chunk chunk(ChatCompletion.Delta delta, String finishReason) {
        return new ChatCompletion.Chunk(id, CHUNK, created, model, null,
                List.of(new ChatCompletion.ChunkChoice(0, delta, null, finishReason)), null, null, null);
    }

    private static void event(ObjectMapper json, OutputStream out, Object chunk, Flush flush) throws IOException {
        out.write("data: ".getBytes(StandardCharsets.UTF_8));
        out.write(json.writeValueAsBytes(chunk));
        out.write("\n\n".getBytes(StandardCharsets.UTF_8));
        flush.flush();
    }

    /** Words with their trailing white space, so the pieces join back into exactly the content. */
    static List<String> pieces(String content) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= content.length(); i++) {
            boolean boundary = i == content.length()
                    || (Character.isWhitespace(content.charAt(i - 1)) && !Character.isWhitespace(content.charAt(i)));
            if (boundary) {
                pieces.add(content.substring(start, i));
                start = i;
            }
        }
        return pieces;
    }

    private static ChatCompletion.Extras extras(ChatReply reply) {
        CitedAnswer a = reply.answer();
        return new ChatCompletion.Extras(a.grounded(), a.mode(), reply.retrievalQuery(), a.warnings(), a.removed());
    }
}
