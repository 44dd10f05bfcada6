package dev.footnote.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.footnote.index.PassageVectors;

/** footnote.index.vector-encoding: int8 unless set, float32 on request, anything else refused at start-up. */
class IndexPropertiesTest {

    private static IndexProperties bind(Map<String, String> keys) {
        return new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("footnote.index", IndexProperties.class);
    }

    @Test
    void vectorsAreInt8UnlessFloat32IsAskedFor() {
        assertThat(bind(Map.of()).vectorEncoding()).isEqualTo(PassageVectors.Encoding.INT8);
        assertThat(bind(Map.of("footnote.index.vector-encoding", "float32")).vectorEncoding()).isEqualTo(PassageVectors.Encoding.FLOAT32);
        assertThat(bind(Map.of("footnote.index.vector-encoding", "int8")).vectorEncoding()).isEqualTo(PassageVectors.Encoding.INT8);
    }

    @Test
    void anUnknownEncodingIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("footnote.index.vector-encoding", "int4")))
                .isInstanceOf(BindException.class).hasMessageContaining("footnote.index.vector-encoding");
    }
}
