package dev.footnote.config;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where Tomcat spools uploads and how many parts it parses. The spool folder lives under the data
 * folder (beside the index), not in a new system temp folder per start, and is emptied at each start,
 * so what a killed upload left behind does not pile up. Tomcat parses more parts than
 * {@code footnote.corpus.max-files-per-upload}, so that one file too many gets a 413 naming that
 * limit rather than a 400 about a malformed body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UploadConfiguration {

    /** Form fields beside the files, which Tomcat counts as parts too. */
    private static final int OTHER_PARTS = 10;

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, IndexProperties index) {
        multipart.setLocation(CorpusFolders.emptyUploadTemp(index).toString());
        return multipart.createMultipartConfig();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadPartCount(CorpusProperties corpus) {
        // Runs after Boot's own customizer (server.tomcat.max-part-count), so this count wins.
        return factory -> factory.addConnectorCustomizers(connector -> connector.setMaxPartCount(2 * corpus.maxFilesPerUpload() + OTHER_PARTS));
    }
}
