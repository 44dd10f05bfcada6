package dev.footnote.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The app on a random port over the seed corpus. Every class that carries this annotation shares
 * one Spring context (same configuration, same cache key), so the server starts once for them all.
 * It also serves {@link ChatStreamFixture}, a test-only stream endpoint for the page's streaming path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"footnote.corpus.dir=corpus", "footnote.index.dir=target/web-test-index",
                "spring.datasource.url=jdbc:h2:mem:web-test;DB_CLOSE_DELAY=-1"})
@Import(ChatStreamFixture.class)
public @interface FootnoteServerTest {
}
