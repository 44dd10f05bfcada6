package dev.footnote.web;

/** A request parameter is out of range or malformed: answered with 400. */
class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
