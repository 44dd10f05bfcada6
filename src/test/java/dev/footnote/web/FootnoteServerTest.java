package dev.footnote.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app on a random port over the seed corpus. Every class that carries this annotation shares
 * one Spring context (same configuration, same cache key), so the server starts once for them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"footnote.corpus.dir=corpus", "footnote.index.dir=target/web-test-index"})
public @interface FootnoteServerTest {
}
