package dev.footnote.web;

/** A resource named in the URL does not exist: answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
