package dev.footnote.config;

import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.CorsFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import dev.footnote.web.ProblemErrorReportValve;
import dev.footnote.web.security.ApiKey;
import dev.footnote.web.security.ApiKeyFilter;
import dev.footnote.web.security.ApiKeys;
import dev.footnote.web.security.ProblemCorsProcessor;
import dev.footnote.web.security.RateLimitFilter;
import dev.footnote.web.security.RateLimiter;
import dev.footnote.web.security.RequestLimitsFilter;
import dev.footnote.web.security.SecurityHeadersFilter;

/**
 * The servlet filters in front of the API, in this order: security headers, CORS, request limits,
 * API keys, rate limits; and Tomcat's own error report as problem details. Plain filters rather
 * than Spring Security: bearer keys, two roles and a rate limit need no more, and nothing else of
 * Spring Security (sessions, CSRF, login pages) applies to this API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, WebProperties.class})
class WebSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebSecurityConfiguration.class);
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    ApiKeys apiKeys(SecurityProperties security) {
        List<ApiKey> keys = new ArrayList<>();
        for (SecurityProperties.Key key : security.apiKeys()) {
            keys.add(ApiKey.of(key.name(), key.role(), key.sha256()));
        }
        if (security.apiKeysFile() != null) {
            keys.addAll(ApiKeys.readFile(security.apiKeysFile()));
        }
        ApiKeys apiKeys = new ApiKeys(keys);
        if (apiKeys.enabled()) {
            log.info("API keys required: {} configured ({})", apiKeys.size(),
                    String.join(", ", keys.stream().map(k -> k.name() + " " + k.role().label()).toList()));
        }
        return apiKeys;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebProperties web) {
        return registration(new SecurityHeadersFilter(web.contentSecurityPolicy(), web.referrerPolicy()), FIRST);
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(WebProperties web, ObjectMapper json) {
        CorsFilter filter = new CorsFilter(corsSource(web.cors()));
        filter.setCorsProcessor(new ProblemCorsProcessor(json));
        return registration(filter, FIRST + 1);
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(WebProperties web, ObjectMapper json) {
        return registration(new RequestLimitsFilter(web.maxBodySize().toBytes(), json), FIRST + 2);
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeys keys, ObjectMapper json) {
        return registration(new ApiKeyFilter(keys, json), FIRST + 3);
    }

    @Bean
    @ConditionalOnExpression("${footnote.security.rate-limit.requests-per-minute:0} > 0")
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(SecurityProperties security, ObjectMapper json) {
        SecurityProperties.RateLimit limit = security.rateLimit();
        RateLimiter limiter = new RateLimiter(limit.requestsPerMinute(), limit.maxClients(), Clock.systemUTC());
        return registration(new RateLimitFilter(limiter, json), FIRST + 4);
    }

    /** A number or true/false where a request field wants a string is refused (400 naming the field), never turned into text. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictStrings() {
        return builder -> builder.postConfigurer(json -> json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * TRACE goes on to Spring MVC (spring.mvc.dispatch-trace-request), which refuses it with a 405 problem
     * detail; Tomcat's own refusal has no body, and the servlet default would echo the request's headers.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceToSpring() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    /** Ordered last, so that Spring Boot's own error report valve is already there to be replaced. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ObjectMapper json, WebProperties web) {
        return factory -> factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemErrorReportValve(json, web.contentSecurityPolicy(), web.referrerPolicy()));
            if (context.getParent() instanceof StandardHost standardHost) {
                // Otherwise the host adds Tomcat's HTML report valve beside ours when it starts.
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Open to anyone who can reach the port: say so when that is more than this machine. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> openServerWarning(ApiKeys keys, ServerProperties server) {
        return event -> {
            InetAddress address = server.getAddress();
            if (!keys.enabled() && (address == null || !address.isLoopbackAddress())) {
                log.warn("No API keys are configured and the server listens on {} port {}: anyone who can reach it can"
                                + " use it. Set footnote.security.api-keys (docs/security.md) or server.address=127.0.0.1.",
                        address == null ? "all interfaces" : address.getHostAddress(), event.getWebServer().getPort());
            }
        };
    }

    private static CorsConfigurationSource corsSource(WebProperties.Cors cors) {
        CorsConfiguration allowed = new CorsConfiguration();
        allowed.setAllowedOrigins(cors.allowedOrigins());
        allowed.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        allowed.setAllowedHeaders(cors.allowedHeaders());
        allowed.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE));
        allowed.setMaxAge(cors.maxAge());
        CorsConfiguration refuse = new CorsConfiguration();
        return request -> {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            boolean api = path.startsWith("/api/") || path.startsWith("/v1/") || path.equals("/v1");
            if (api && !cors.allowedOrigins().isEmpty()) {
                return allowed;
            }
            // Other cross-origin requests pass untouched (the browser keeps their answers from the caller);
            // a preflight, which asks explicitly, is refused here as a problem detail.
            return CorsUtils.isPreFlightRequest(request) ? refuse : null;
        };
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        return registration;
    }
}
