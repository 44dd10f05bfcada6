package dev.footnote.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.answer.CitedAnswer;

/**
 * Every answer of an {@code eval} run, one JSON line each ({@code question} and the {@code answer} as the API shows it),
 * in the order asked: two builds' runs can then be compared answer by answer (a speed-up must change none). Written
 * outside the timed part of each answer.
 */
final class AnswerLog implements AutoCloseable {

    /** Writes nothing. */
    static final AnswerLog NONE = new AnswerLog(null);

    private final ObjectMapper json = new ObjectMapper();
    /** Null for {@link #NONE}. */
    private final BufferedWriter out;

    private AnswerLog(BufferedWriter out) {
        this.out = out;
    }

    /** A log written to {@code file}, or {@link #NONE} when {@code file} is null. */
    static AnswerLog to(Path file) {
        if (file == null) {
            return NONE;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return new AnswerLog(Files.newBufferedWriter(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answers to " + file.toAbsolutePath(), e);
        }
    }

    void record(String question, CitedAnswer answer) {
        if (out == null) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("question", question);
        line.put("answer", answer);
        try {
            out.write(json.writeValueAsString(line));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answers", e);
        }
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the answers", e);
            }
        }
    }
}
