package dev.footnote.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The app on a random port over the seed corpus with everything a public deployment turns on:
 * API keys ({@link #READER}, {@link #EDITOR}, and keys of their own for the rate-limit and browser
 * tests), a rate limit, one allowed CORS origin and a smaller body limit. Shared by every class
 * that carries it; it also serves {@link WhoAmIFixture}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "footnote.corpus.dir=corpus", "footnote.index.dir=target/secured-test-index",
        // printf %s reader-key-4f1c9a | sha256sum, and so on for each key.
        "footnote.security.api-keys[0].name=alice", "footnote.security.api-keys[0].role=reader",
        "footnote.security.api-keys[0].sha256=" + SecuredServerTest.READER_SHA256,
        "footnote.security.api-keys[1].name=erin", "footnote.security.api-keys[1].role=editor",
        "footnote.security.api-keys[1].sha256=" + SecuredServerTest.EDITOR_SHA256,
        "footnote.security.api-keys[2].name=burst", "footnote.security.api-keys[2].role=reader",
        "footnote.security.api-keys[2].sha256=" + SecuredServerTest.BURST_SHA256,
        "footnote.security.api-keys[3].name=browser", "footnote.security.api-keys[3].role=reader",
        "footnote.security.api-keys[3].sha256=" + SecuredServerTest.BROWSER_SHA256,
        "footnote.security.rate-limit.requests-per-minute=" + SecuredServerTest.PER_MINUTE,
        "footnote.web.cors.allowed-origins=" + SecuredServerTest.ALLOWED_ORIGIN,
        "footnote.web.max-body-size=64KB",
        "logging.level.dev.footnote.web.security=DEBUG"})
@Import(WhoAmIFixture.class)
public @interface SecuredServerTest {

    String READER = "reader-key-4f1c9a";
    String READER_SHA256 = "9aaedbe505b6164767fce7257ad377086f610dca25b914624ea2faf4b1f9b9c1";
    String EDITOR = "editor-key-77d0b2";
    String EDITOR_SHA256 = "e8836d38e7e186e86bea6c09b42c46cb5ce011392c546d07e2292dcdf95f97f6";
    String BURST = "burst-key-0c3e11";
    String BURST_SHA256 = "fa8b71f9a861e259d9a92ea48aeadc5cc60cf94bc2991b6e53b04a4a17b18776";
    String BROWSER = "browser-key-9a8b7c";
    String BROWSER_SHA256 = "132178fdefd06feae756752a79f105a172f7d0bf5cc0d0dcca6f59aed291b69d";
    int PER_MINUTE = 40;
    String ALLOWED_ORIGIN = "http://chat.example.org";
}
