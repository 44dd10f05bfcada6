package dev.footnote.web.openai;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.chat.ChatReply;
import dev.footnote.chat.ChatService;
import dev.footnote.check.CheckCitation;
import dev.footnote.check.CheckReport;
import dev.footnote.check.CheckReportText;
import dev.footnote.check.CheckService;
import dev.footnote.check.CheckTooLongException;
import dev.footnote.check.InvalidCheckException;

/**
 * The OpenAI-compatible API: Footnote as a model named {@value #MODEL}. Each completion is one
 * stateless chat turn: the client sends the whole conversation, Footnote answers its last user
 * message through {@link ChatService}, the citations as Markdown footnotes in the content.
 * The model {@value #CHECK_MODEL} checks the last user message against the corpus instead ({@link CheckService})
 * and answers with the report as Markdown: each sentence with its verdict and footnotes.
 */
@RestController
@RequestMapping("/v1")
class OpenAiController {

    static final String MODEL = "footnote";
    static final String CHECK_MODEL = "footnote-check";
    static final List<String> MODELS = List.of(MODEL, CHECK_MODEL);
    /** A fixed creation time, so {@code /v1/models} answers the same on every call. */
    private static final long MODEL_CREATED = 1_767_225_600L;

    private final ChatService chat;
    private final CheckService check;
    private final ObjectMapper json;

    OpenAiController(ChatService chat, CheckService check, ObjectMapper json) {
        this.chat = chat;
        this.check = check;
        this.json = json;
    }

    record ModelCard(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }

    record ModelList(String object, List<ModelCard> data) {
    }

    @GetMapping("/models")
    ModelList models() {
        return new ModelList("list", MODELS.stream().map(OpenAiController::card).toList());
    }

    @GetMapping("/models/{model}")
    ModelCard model(@PathVariable String model) {
        if (!MODELS.contains(model)) {
            throw OpenAiException.unknownModel(model);
        }
        return card(model);
    }

    /**
     * Answers in full before the first byte is written, so that a refused request still gets its
     * 4xx and error object; with {@code stream} the finished answer is then sent as chunks.
     */
    @PostMapping("/chat/completions")
    void completions(@RequestBody CompletionRequest request, HttpServletResponse response) throws IOException {
        // 1. Check what we can serve.
        if (request.model() == null || request.model().isBlank()) {
            throw OpenAiException.invalid("'model' is required; use '" + MODEL + "'.", "model");
        }
        if (!MODELS.contains(request.model())) {
            throw OpenAiException.unknownModel(request.model());
        }
        String unsupported = request.unsupportedParameter();
        if ("n".equals(unsupported)) {
            throw OpenAiException.invalid("Only n=1 is supported: Footnote gives one answer per question.", "n");
        }
        if (request.tokenCap() != null && request.tokenCap() < 1) {
            throw OpenAiException.invalid("'max_tokens' must be at least 1.", request.maxCompletionTokens() != null
                    ? "max_completion_tokens" : "max_tokens");
        }
        if (unsupported != null) {
            throw OpenAiException.invalid("'" + unsupported + "' is not supported: Footnote answers in cited text only"
                    + " (no tool calls, no JSON output); remove the parameter.", unsupported);
        }
        if (CHECK_MODEL.equals(request.model())) {
            write(request, response, checked(request));
            return;
        }
        // 2. The chat layer rewrites the last user message as a standalone question (as for /api/chat) and answers it.
        ChatReply reply = chat.answer(request.question(), request.earlier());
        // 3. The answer as Markdown with footnotes, cut to max_tokens at a sentence boundary, in the OpenAI shape asked for.
        TokenCap.Capped capped = TokenCap.of(reply.answer(), request.tokenCap());
        write(request, response, new CompletionWriter(completionId(), Instant.now().getEpochSecond(), MODEL,
                new ChatReply(reply.conversationId(), reply.retrievalQuery(), capped.answer()),
                capped.content(), promptTokens(request.messages()), capped.cut() ? "length" : "stop"));
    }

    /** The last user message checked as by {@code POST /api/check}: the report as Markdown, the citations once each. */
    private CompletionWriter checked(CompletionRequest request) {
        CheckReport report;
        try {
            report = check.check(request.question(), List.of());
        } catch (InvalidCheckException | CheckTooLongException e) {
            throw OpenAiException.invalid(e.getMessage(), "messages");
        }
        Map<Integer, CheckCitation> citations = new LinkedHashMap<>();
        report.sentences().forEach(s -> s.citations().forEach(c -> citations.putIfAbsent(c.marker(), c)));
        return new CompletionWriter(completionId(), Instant.now().getEpochSecond(), CHECK_MODEL,
                CheckReportText.markdown(report), List.copyOf(citations.values()), report, promptTokens(request.messages()), "stop");
    }

    private static String completionId() {
        return "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
    }

    private void write(CompletionRequest request, HttpServletResponse response, CompletionWriter writer) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.streaming()) {
            response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
            response.setHeader("Cache-Control", "no-cache");
            writer.writeChunks(json, response.getOutputStream(), request.usageInStream(), response::flushBuffer);
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            OutputStream out = response.getOutputStream();
            json.writeValue(out, writer.completion());
        }
    }

    private static int promptTokens(List<CompletionRequest.Message> messages) {
        return messages.stream().mapToInt(m -> TokenCount.of(m.text())).sum();
    }

    private static ModelCard card(String model) {
        return new ModelCard(model, "model", MODEL_CREATED, "footnote");
    }
}
