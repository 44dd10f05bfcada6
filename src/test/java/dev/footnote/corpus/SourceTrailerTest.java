package dev.footnote.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTrailerTest {

    @Test
    void theTrailerIsSeparatedFromTheQuotableText() {
        SourceTrailer.Split split = SourceTrailer.split("Officials spoke. (citation: EU-US concerns about Kosovo tensions, 2024)");

        assertThat(split.text()).isEqualTo("Officials spoke.");
        assertThat(split.source()).isEqualTo("EU-US concerns about Kosovo tensions, 2024");
    }

    @Test
    void aTrailerMayContainParentheses() {
        SourceTrailer.Split split = SourceTrailer.split("Text. (citation: report (annex B), 2023)");

        assertThat(split.text()).isEqualTo("Text.");
        assertThat(split.source()).isEqualTo("report (annex B), 2023");
    }

    @Test
    void parenthesesInsideTheTextAreNotATrailer() {
        SourceTrailer.Split split = SourceTrailer.split("The EU (European Union) spoke (twice).");

        assertThat(split.text()).isEqualTo("The EU (European Union) spoke (twice).");
        assertThat(split.source()).isNull();
    }

    @Test
    void aTrailerInTheMiddleOfTheTextIsNotTheSource() {
        SourceTrailer.Split split = SourceTrailer.split("Before (citation: x) and after.");

        assertThat(split.source()).isNull();
        assertThat(split.text()).isEqualTo("Before (citation: x) and after.");
    }
}
