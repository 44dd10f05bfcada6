package dev.footnote.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.footnote.positions.ActorSummary;
import dev.footnote.positions.InvalidPositionsRequestException;
import dev.footnote.positions.PositionsReport;
import dev.footnote.positions.PositionsService;

/** Who says what on a topic: each actor's stance, every claim cited. */
@RestController
class PositionsController {

    /** {@code POST /api/positions} body; {@code actors} is optional (none: every actor that speaks on the topic). */
    record PositionsRequest(String topic, List<String> actors) {
    }

    /** {@code GET /api/actors} response: who speaks in the corpus, most statements first. */
    record ActorsResponse(List<ActorSummary> actors) {
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

    /** {@code GET /api/actors?q=vuc&limit=20}: the actors whose name or alias contains {@code q}, with statement counts. */
    @GetMapping("/api/actors")
    ActorsResponse actors(@RequestParam(name = "q", required = false) String query,
                          @RequestParam(name = "limit", defaultValue = "20") int limit) {
        try {
            return new ActorsResponse(positions.actors(query, limit));
        } catch (InvalidPositionsRequestException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
