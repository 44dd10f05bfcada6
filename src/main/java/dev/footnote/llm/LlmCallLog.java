package dev.footnote.llm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;

/** Logs every model call (each retry is a call) with its latency and token usage, or its error. */
public final class LlmCallLog implements ChatModelListener {

    private static final Logger log = LoggerFactory.getLogger(LlmCallLog.class);
    private static final String STARTED = "footnote.started";

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse().tokenUsage();
        log.info("LLM call {} model={} latency={} ms tokens in={} out={} total={} finish={}",
                context.modelProvider(), context.chatResponse().modelName(), millis(context.attributes().get(STARTED)),
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount(),
                usage == null ? null : usage.totalTokenCount(), context.chatResponse().finishReason());
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        log.warn("LLM call {} failed after {} ms: {}", context.modelProvider(), millis(context.attributes().get(STARTED)),
                context.error().toString());
    }

    private static long millis(Object started) {
        return started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
    }
}
