package dev.footnote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.footnote.corpus.DocumentFixtures;

/**
 * {@code POST /api/check/text}: a draft sent as a file is read through the corpus's parsers (a Word file's headings
 * and paragraphs, a Markdown file as it stands), and its text checks as a pasted one would; a format the corpus does
 * not read is 415, a file too large or a text too long 413, a corrupt file 422, all problem+json.
 */
@FootnoteServerTest
class CheckFileApiTest {

    static final String SUPPORTED = "The United States and the European Union issued a joint communique urging an immediate"
            + " de-escalation in the Kosovo dispute.";
    static final String INVENTED = "The Chinese navy delivered eleven submarines to Pristina in March.";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWordDraftIsReadThroughTheCorpusParsersAndChecksLikeAPastedOne() throws Exception {
        byte[] docx = DocumentFixtures.docx("Briefing", List.of("# Kosovo briefing", SUPPORTED, INVENTED));

        HttpResponse<String> read = send("/api/check/text?name=briefing.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode draft = json.readTree(read.body());
        assertThat(draft.get("fileName").asText()).isEqualTo("briefing.docx");
        assertThat(draft.get("format").asText()).isEqualTo("docx");
        String text = draft.get("text").asText();
        assertThat(text).isEqualTo("# Kosovo briefing\n\n" + SUPPORTED + "\n\n" + INVENTED);

        HttpResponse<String> checked = send("/api/check", "application/json",
                json.writeValueAsBytes(json.createObjectNode().put("text", text)));
        JsonNode sentences = json.readTree(checked.body()).get("sentences");
        assertThat(sentences.findValuesAsText("verdict")).containsExactly("supported", "not_supported");
    }

    @Test
    void aMarkdownDraftComesBackAsItStands() throws Exception {
        String md = "# Notes\n\n*Draft* — " + SUPPORTED + "\n";
        HttpResponse<String> read = send("/api/check/text?name=notes.md", "text/markdown", md.getBytes(StandardCharsets.UTF_8));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("text").asText()).isEqualTo(md);
        assertThat(json.readTree(read.body()).get("format").asText()).isEqualTo("markdown");
    }

    @Test
    void badTypesAndSizesAreProblemDetails() throws Exception {
        HttpResponse<String> exe = send("/api/check/text?name=tool.exe", "application/octet-stream", new byte[] {1, 2, 3});
        assertThat(exe.statusCode()).isEqualTo(415);
        assertThat(exe.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(exe.body()).get("detail").asText()).contains("tool.exe").contains(".docx");
        assertThat(json.readTree(exe.body()).get("supported").toString()).contains(".pdf");

        HttpResponse<String> form = send("/api/check/text?name=a.txt", "application/x-www-form-urlencoded", "a=b".getBytes());
        assertThat(form.statusCode()).isEqualTo(415);

        HttpResponse<String> huge = send("/api/check/text?name=big.txt", "text/plain", new byte[1024 * 1024 + 10]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> tooLong = send("/api/check/text?name=long.txt", "text/plain",
                "word ".repeat(5000).getBytes(StandardCharsets.UTF_8));
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLong.body()).get("detail").asText()).contains("long.txt").contains("25000").contains("20000");

        HttpResponse<String> corrupt = send("/api/check/text?name=broken.docx", "application/octet-stream",
                "this is no zip".getBytes(StandardCharsets.UTF_8));
        assertThat(corrupt.statusCode()).as(corrupt.body()).isEqualTo(422);
        assertThat(json.readTree(corrupt.body()).get("detail").asText()).startsWith("'broken.docx'");

        HttpResponse<String> empty = send("/api/check/text?name=empty.md", "text/markdown", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        HttpResponse<String> nameless = send("/api/check/text", "text/plain", "A sentence.".getBytes(StandardCharsets.UTF_8));
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(json.readTree(nameless.body()).get("detail").asText()).contains("name=");
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
