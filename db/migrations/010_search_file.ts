// The search indexes move to a file of their own (db/search-db.ts), so that a large import can
// write them on a second thread. They are rebuilt there from the roster when the database is
// next opened: this side only keeps the generation that says whether that file is in step.
// The e-mail index goes too: only the meeting import looked people up by e-mail, and it now reads
// the roster once; every import paid for keeping the index.
export const version = 10;
export const sql = /* sql */ `
CREATE TABLE search_index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL
) STRICT;
INSERT INTO search_index_state (id, generation) VALUES (1, 0);

DROP TRIGGER search_words_indexed;
DROP TABLE search_words_trigrams;
DROP TABLE search_words;
DROP TABLE attendee_words;
DROP INDEX attendees_email;
`;
