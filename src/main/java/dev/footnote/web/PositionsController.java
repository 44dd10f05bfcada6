package dev.footnote.web;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.positions.InvalidPositionsRequestException;
import dev.footnote.positions.PositionsReport;
import dev.footnote.positions.PositionsService;

/** Who says what on a topic: each actor's stance, every claim cited. */
@RestController
class PositionsController {

    /** {@code POST /api/positions} body; {@code actors} is optional (none: every actor that speaks on the topic). */
    record PositionsRequest(String topic, List<String> actors) {
    }

    private final PositionsService positions;

    PositionsController(PositionsService positions) {
        this.positions = positions;
    }

    @PostMapping("/api/positions")
    PositionsReport positions(@RequestBody PositionsRequest request) {
        try {
            return positions.positions(request.topic(), request.actors());
        } catch (InvalidPositionsRequestException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
