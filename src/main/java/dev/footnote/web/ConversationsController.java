package dev.footnote.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.chat.CitedSources;
import dev.footnote.chat.Conversation;
import dev.footnote.chat.ConversationStore;
import dev.footnote.chat.ConversationSummary;
import dev.footnote.chat.ConversationTitles;

/**
 * The stored conversations: list, read (every turn with its citations), rename, delete. With API
 * keys on, the caller's principal is the key and a key sees only the conversations it started;
 * another key's conversation is answered as not found.
 */
@RestController
class ConversationsController {

    private final ConversationStore conversations;
    private final CitedSources sources;

    ConversationsController(ConversationStore conversations, CitedSources sources) {
        this.conversations = conversations;
        this.sources = sources;
    }

    record ConversationsResponse(List<ConversationSummary> conversations) {
    }

    /**
     * A turn in the shape of {@code POST /api/chat}'s response, plus the question and when it was answered; each
     * citation says whether its passage is still in the corpus ({@code available}) and keeps its quote either way.
     */
    record TurnResponse(String message, String answer, boolean grounded, String mode, List<CitationResponse> citations,
                        List<String> warnings, String retrievalQuery, String model, Instant answered) {
    }

    record ConversationResponse(String id, String title, Instant created, Instant updated, List<TurnResponse> turns) {

        static ConversationResponse of(Conversation c, CitedSources sources) {
            List<TurnResponse> turns = c.turns().stream().map(t -> {
                var a = t.turn().answer();
                return new TurnResponse(t.turn().message(), a.text(), a.grounded(), a.mode(),
                        CitationResponse.stored(sources.of(t.turn())), a.warnings(),
                        t.turn().retrievalQuery(), a.model(), t.answered());
            }).toList();
            return new ConversationResponse(c.summary().id(), c.summary().title(), c.summary().created(),
                    c.summary().updated(), turns);
        }
    }

    /** {@code PATCH} body. */
    record RenameRequest(String title) {
    }

    @GetMapping("/api/conversations")
    ConversationsResponse list(Principal principal) {
        return new ConversationsResponse(conversations.list(owner(principal)));
    }

    @GetMapping("/api/conversations/{id}")
    ConversationResponse get(@PathVariable String id, Principal principal) {
        return conversations.find(id, owner(principal)).map(c -> ConversationResponse.of(c, sources))
                .orElseThrow(() -> notFound(id));
    }

    @PatchMapping("/api/conversations/{id}")
    ConversationSummary rename(@PathVariable String id, @RequestBody RenameRequest request, Principal principal) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw new BadRequestException("The title must not be empty or blank.");
        }
        if (title.length() > ConversationTitles.MAX_CHARS) {
            throw new BadRequestException("The title has " + title.length() + " characters; the limit is "
                    + ConversationTitles.MAX_CHARS + ".");
        }
        String owner = owner(principal);
        if (!conversations.rename(id, owner, title)) {
            throw notFound(id);
        }
        return conversations.find(id, owner).map(Conversation::summary).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/api/conversations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Principal principal) {
        if (!conversations.delete(id, owner(principal))) {
            throw notFound(id);
        }
    }

    /** The API key's id with keys on; the anonymous owner with keys off (no principal). */
    static String owner(Principal principal) {
        return ConversationStore.owner(principal == null ? null : principal.getName());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No conversation with id '" + id + "'.");
    }
}
