package dev.footnote.positions;

/** A positions request that cannot be answered as asked (blank topic, too long, too many actors). */
public class InvalidPositionsRequestException extends RuntimeException {

    public InvalidPositionsRequestException(String message) {
        super(message);
    }
}
