-- Conversations belong to the index they were asked over, and turns keep the titles of the documents they cite.
-- Plain SQL that H2 and PostgreSQL both read.

-- The index a conversation was asked over (the absolute, normalised footnote.index.dir, or the Solr collection).
-- NULL for conversations stored before this column: the first index to open the database takes them over.
ALTER TABLE conversation ADD COLUMN index_key VARCHAR(1000);

CREATE INDEX conversation_by_index ON conversation (index_key, owner, updated_at);

-- Document id → title of the documents the answer cites, as JSON, at the time of answering; NULL for older turns.
-- (The answer JSON already keeps each citation's quote, offsets, source line, page and passage and document ids.)
ALTER TABLE conversation_turn ADD COLUMN document_titles TEXT;
