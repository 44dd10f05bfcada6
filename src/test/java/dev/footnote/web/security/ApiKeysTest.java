package dev.footnote.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    private static String sha256(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    @Test
    void aKeyMatchesItsOwnHashOnly() {
        ApiKeys keys = new ApiKeys(List.of(ApiKey.of("alice", "reader", sha256("key-a")),
                ApiKey.of("erin", "EDITOR", "sha256:" + sha256("key-e").toUpperCase())));

        assertThat(keys.match("key-a")).map(ApiKey::name).hasValue("alice");
        assertThat(keys.match("key-e")).map(ApiKey::role).hasValue(Role.EDITOR);
        assertThat(keys.match("key-a ")).isEmpty();
        assertThat(keys.match("")).isEmpty();
        assertThat(keys.match(sha256("key-a"))).as("the hash is not the key").isEmpty();
    }

    @Test
    void theSha256IsTheOneSha256sumPrints() {
        // printf %s reader-key-4f1c9a | sha256sum
        assertThat(sha256("reader-key-4f1c9a")).isEqualTo("9aaedbe505b6164767fce7257ad377086f610dca25b914624ea2faf4b1f9b9c1");
    }

    @Test
    void noKeysMeansOpen() {
        assertThat(new ApiKeys(List.of()).enabled()).isFalse();
        assertThat(new ApiKeys(List.of()).match("anything")).isEmpty();
    }

    @Test
    void aKeyInPlaceOfItsHashABadRoleOrATwiceUsedNameFailAtStartUp() {
        assertThatThrownBy(() -> ApiKey.of("alice", "reader", "my-secret-key"))
                .hasMessageContaining("SHA-256").hasMessageNotContaining("my-secret-key");
        assertThatThrownBy(() -> ApiKey.of("alice", "admin", sha256("k"))).hasMessageContaining("reader or editor");
        assertThatThrownBy(() -> ApiKey.of("a b", "reader", sha256("k"))).hasMessageContaining("name");
        assertThatThrownBy(() -> new ApiKeys(List.of(ApiKey.of("a", "reader", sha256("1")), ApiKey.of("a", "editor", sha256("2")))))
                .hasMessageContaining("two API keys are named 'a'");
    }

    @Test
    void aKeyFileHoldsOneKeyPerLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# name role sha256\n\nalice reader " + sha256("key-a") + "\n  erin\teditor  " + sha256("key-e") + "\n");

        ApiKeys keys = new ApiKeys(ApiKeys.readFile(file));
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.match("key-e")).map(ApiKey::name).hasValue("erin");

        Files.writeString(file, "alice reader\n");
        assertThatThrownBy(() -> ApiKeys.readFile(file)).hasMessageContaining("line 1");
    }

    @Test
    void anEditorIsAlsoAReaderNotTheOtherWayRound() {
        assertThat(Role.EDITOR.includes(Role.READER)).isTrue();
        assertThat(Role.READER.includes(Role.EDITOR)).isFalse();
        assertThat(ApiKeyFilter.changesDocuments("POST", "/api/documents")).isTrue();
        assertThat(ApiKeyFilter.changesDocuments("DELETE", "/api/documents/x/y")).isTrue();
        assertThat(ApiKeyFilter.changesDocuments("GET", "/api/documents/x")).isFalse();
        assertThat(ApiKeyFilter.changesDocuments("POST", "/api/documentsx")).isFalse();
        assertThat(ApiKeyFilter.isPublic("/")).isTrue();
        assertThat(ApiKeyFilter.isPublic("/app.js")).isTrue();
        assertThat(ApiKeyFilter.isPublic("/api/chat.js")).isFalse();
        assertThat(ApiKeyFilter.isPublic("/actuator/health/index")).isTrue();
        assertThat(ApiKeyFilter.isPublic("/actuator/healthx")).isFalse();
    }
}
