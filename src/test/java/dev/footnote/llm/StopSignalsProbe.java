package dev.footnote.llm;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.onnxruntime.OrtSession;

import dev.langchain4j.data.segment.TextSegment;


/**
 * A JVM that loads the in-process model and embeds without pause until it is stopped, for {@link StopSignalsTest}.
 * {@code close-first}: stop signals close the model first, as the server's do; {@code hooks}: the model is closed by
 * a shutdown hook, as Spring's hook alone did.
 */
final class StopSignalsProbe {

    public static void main(String[] args) {
        MiniLmEmbeddingModel model = MiniLmEmbeddingModel.load(2, 1, Duration.ofSeconds(30));
        if (args[0].equals("close-first")) {
            StopSignals.closeFirst(model);
        } else {
            // Spring's hook closes the web server and the rest of the beans before the model.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sleep(Long.parseLong(args[1]));
                model.close();
            }));
        }
        List<TextSegment> texts = IntStream.range(0, 32)
                .mapToObj(i -> TextSegment.from("Sentence " + i + " of the probe, long enough to keep ONNX Runtime busy for a while."))
                .toList();
        model.warmUp();
        awaitSessionCreation();
        System.out.println("loading");
        // Like the server's, the probe's only thread of its own ends when the model is closed.
        Thread embedding = new Thread(() -> {
            boolean first = true;
            while (true) {
                try {
                    model.embedAll(texts);
                } catch (IllegalStateException closed) {
                    return;
                }
                if (first) {
                    System.out.println("embedding");
                    first = false;
                }
            }
        }, "probe-embedding");
        embedding.start();
    }

    /** Until the loader thread is inside ONNX Runtime's session creation, the native call a stop used to crash. */
    private static void awaitSessionCreation() {
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; sleep(1)) {
            for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
                if (t.getKey().getName().equals("footnote-embedding-loader") && Arrays.stream(t.getValue())
                        .anyMatch(f -> f.getClassName().equals(OrtSession.class.getName()) && f.getMethodName().equals("createSession"))) {
                    return;
                }
            }
        }
        throw new IllegalStateException("the model's session was never seen being created");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
