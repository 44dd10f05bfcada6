package dev.footnote.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.chat.ChatService;

/** The chat API: a question in, a cited answer out. */
@RestController
class ChatController {

    private final ChatService chat;

    ChatController(ChatService chat) {
        this.chat = chat;
    }

    @PostMapping("/api/chat")
    ChatResponse chat(@RequestBody ChatRequest request, Principal principal) {
        return ChatResponse.of(chat.chat(request.message(), request.conversationId(), ConversationsController.owner(principal)));
    }
}
