package dev.footnote.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code cursor} of the documents list: the path of the last document of a page, in URL-safe Base64,
 * so that the next page starts after it whatever was added or removed meanwhile. Opaque to clients.
 */
final class DocumentCursor {

    private DocumentCursor() {
    }

    static String of(String path) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8));
    }

    /** The path a cursor stands for; a cursor this server did not make is a 400. */
    static String path(String cursor) {
        try {
            String path = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (path.isEmpty() || !of(path).equals(cursor.replace("=", ""))) {
                throw new IllegalArgumentException("not a cursor of this list");
            }
            return path;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The parameter 'cursor' is not one this server gave: pass the nextCursor of the previous page.");
        }
    }
}
