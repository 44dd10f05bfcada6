package dev.footnote.index;

import java.util.List;

import dev.footnote.outage.EmbeddingUnavailableException;

/**
 * A stand-in for a remote embedding server that can be taken down and brought back: while down,
 * every call fails as {@code llm.RemoteEmbedder} reports an unreachable server; a text containing
 * {@code poison} is refused at all times, as a server refuses a text it cannot embed.
 */
public final class SwitchableEmbedder implements TextEmbedder {

    private final CountingEmbedder vectors = new CountingEmbedder("switchable");
    private volatile boolean down;

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    @Override
    public String modelId() {
        return "switchable";
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (down) {
            throw new EmbeddingUnavailableException("the embedding server (switchable at http://127.0.0.1:9) is unreachable",
                    new java.net.ConnectException("Connection refused"));
        }
        if (texts.stream().anyMatch(t -> t.contains("poison"))) {
            throw new IllegalArgumentException("the server refused a text as invalid");
        }
        return vectors.embedAll(texts);
    }
}
