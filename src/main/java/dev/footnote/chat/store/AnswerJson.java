package dev.footnote.chat.store;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.footnote.answer.CitedAnswer;

/**
 * A stored answer as JSON: text, citations, warnings, mode and model. Fields unknown to this
 * version are ignored, so that a database written by a newer version can still be read.
 */
final class AnswerJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnswerJson() {
    }

    static String write(CitedAnswer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
    }

    /** Document id → title, as a JSON object. */
    static String writeTitles(Map<String, String> titles) {
        try {
            return JSON.writeValueAsString(titles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Document titles could not be written as JSON", e);
        }
    }

    /** {@code null} (a turn stored before titles were kept) reads as none. */
    static Map<String, String> readTitles(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored document titles could not be read: " + e.getOriginalMessage(), e);
        }
    }

    static CitedAnswer read(String json) {
        try {
            return JSON.readValue(json, CitedAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored answer could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
