package dev.footnote.answer;

import java.util.Map;

import dev.footnote.text.EntityType;

/**
 * What kind of thing a question asks for, and how well each kind of entity span fits it (0..1).
 * "Who" asks for a person or an organisation, "when" for a date, "how many" for a number; "what" and
 * "which" with no telling noun ask for a noun phrase; "why", "how" and yes/no questions expect no span.
 */
public enum AnswerType {
    PERSON(Map.of(EntityType.PERSON, 1.0, EntityType.ORGANIZATION, 0.8, EntityType.NAME, 0.7)),
    ORGANIZATION(Map.of(EntityType.ORGANIZATION, 1.0, EntityType.NAME, 0.7, EntityType.PERSON, 0.4)),
    PLACE(Map.of(EntityType.PLACE, 1.0, EntityType.NAME, 0.6, EntityType.ORGANIZATION, 0.3)),
    DATE(Map.of(EntityType.DATE, 1.0, EntityType.NUMBER, 0.3)),
    NUMBER(Map.of(EntityType.NUMBER, 1.0, EntityType.AMOUNT, 0.8)),
    AMOUNT(Map.of(EntityType.AMOUNT, 1.0, EntityType.NUMBER, 0.7)),
    /** A name of any kind ("what is the name of…", "which team…" when the noun says no more). */
    NAME(Map.of(EntityType.NAME, 1.0, EntityType.PERSON, 1.0, EntityType.ORGANIZATION, 1.0, EntityType.PLACE, 1.0)),
    /** A noun phrase: any entity fits somewhat, a plain noun phrase too. */
    NOUN_PHRASE(Map.of(EntityType.NAME, 0.6, EntityType.PERSON, 0.6, EntityType.ORGANIZATION, 0.6,
            EntityType.PLACE, 0.6, EntityType.DATE, 0.3, EntityType.NUMBER, 0.3, EntityType.AMOUNT, 0.3)),
    /** No span is expected (why, how, yes/no). */
    NONE(Map.of());

    private final Map<EntityType, Double> fit;

    AnswerType(Map<EntityType, Double> fit) {
        this.fit = fit;
    }

    /** 0..1: how well an entity of this type answers a question of this answer type. */
    public double fit(EntityType type) {
        return fit.getOrDefault(type, 0.0);
    }

    /** Whether a plain noun phrase (not an entity) may be the short answer. */
    public boolean acceptsNounPhrase() {
        return this == NOUN_PHRASE;
    }
}
