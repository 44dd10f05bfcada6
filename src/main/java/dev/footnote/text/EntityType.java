package dev.footnote.text;

/** What an entity span names. */
public enum EntityType {
    /** A person: a given name, a title such as "President", or a name that says or writes. */
    PERSON,
    /** An organisation, team, agency, party, company or other group: often an acronym or a plural name. */
    ORGANIZATION,
    /** A place: a country, state, city, river, mountain and the like. */
    PLACE,
    /** A date or time: a year, a month with day or year, a decade, a century, a weekday. */
    DATE,
    /** A number or count, not a date. */
    NUMBER,
    /** An amount with a unit: money or a percentage. */
    AMOUNT,
    /** A proper name whose kind the rules cannot tell. */
    NAME;

    /** Whether this type names something (a proper name of any kind) rather than a date or a quantity. */
    public boolean isName() {
        return this == PERSON || this == ORGANIZATION || this == PLACE || this == NAME;
    }
}
