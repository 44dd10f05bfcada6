package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The answer thresholds are shares of 0..1: a percentage or a slip of the keyboard is refused at start-up, by name. */
class AnswerPropertiesTest {

    private static AnswerProperties bind(Map<String, String> keys) {
        return new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("footnote.answer", AnswerProperties.class);
    }

    @Test
    void theDefaultsAreTheFittedThresholds() {
        AnswerProperties answer = bind(Map.of());

        assertThat(answer.minAnswerConfidence()).isEqualTo(0.79);
        assertThat(answer.minEvidence()).isEqualTo(0.5);
        assertThat(bind(Map.of("footnote.answer.min-answer-confidence", "0")).minAnswerConfidence()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85", "-0.1", "1.5"})
    void aConfidenceOutsideZeroToOneIsRefusedByName(String value) {
        assertThatThrownBy(() -> bind(Map.of("footnote.answer.min-answer-confidence", value)))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("footnote.answer.min-answer-confidence must be between 0 and 1, was " + Double.parseDouble(value));
    }

    @Test
    void everyThresholdIsChecked() {
        assertThatThrownBy(() -> bind(Map.of("footnote.answer.min-evidence", "50")))
                .isInstanceOf(BindException.class).hasRootCauseMessage("footnote.answer.min-evidence must be between 0 and 1, was 50.0");
    }
}
