-- Conversations, their complete history and their bounded chat memory.
-- Plain SQL that H2 and PostgreSQL both read (TEXT is a CLOB in H2, unbounded text in PostgreSQL).

CREATE TABLE conversation (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    -- The API key id that started it; '' when API keys are off.
    owner      VARCHAR(200) NOT NULL,
    -- The first question until the owner renames it; NULL until the first turn is stored.
    title      VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX conversation_by_owner ON conversation (owner, updated_at);

-- Every turn, never trimmed: the answer (text, citations, warnings, mode, model) as JSON.
CREATE TABLE conversation_turn (
    conversation_id VARCHAR(36) NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    ordinal         INTEGER     NOT NULL,
    message         TEXT        NOT NULL,
    retrieval_query TEXT        NOT NULL,
    answer          TEXT        NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, ordinal)
);

-- LangChain4j's ChatMemoryStore: the window of recent messages a language model sees, as JSON.
CREATE TABLE chat_memory (
    conversation_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    messages        TEXT        NOT NULL
);
