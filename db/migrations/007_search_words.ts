// Substring and one-typo search look through the distinct words of names and organisations, not
// through every person's text: a roster of 100k people has a few thousand to a few tens of thousands
// of such words, so an import indexes trigrams only for words it is the first to bring (the
// per-person trigram index was a third of the cost of a large import). People are then found by
// those words through the word index, attendee_words.
export const version = 7;
export const sql = /* sql */ `
CREATE TABLE search_words (
  id INTEGER PRIMARY KEY,
  word TEXT NOT NULL UNIQUE        -- folded, letters and digits only
) STRICT;
CREATE VIRTUAL TABLE search_words_trigrams USING fts5 (
  word, tokenize = 'trigram', detail = 'none', content = 'search_words', content_rowid = 'id'
);
-- Words are only ever added (a word nobody holds any more simply finds nobody).
CREATE TRIGGER search_words_indexed AFTER INSERT ON search_words
BEGIN INSERT INTO search_words_trigrams (rowid, word) VALUES (new.id, new.word); END;

-- The words of people already indexed, from the folded text the old trigram index kept.
CREATE VIRTUAL TABLE temp.old_texts USING fts5 (t, tokenize = 'unicode61 remove_diacritics 0', detail = 'none');
INSERT INTO temp.old_texts (t) SELECT folded FROM attendee_fts;
CREATE VIRTUAL TABLE temp.old_words USING fts5vocab (temp, old_texts, row);
INSERT INTO search_words (word) SELECT term FROM temp.old_words;
DROP TABLE temp.old_words;
DROP TABLE temp.old_texts;
DROP TABLE attendee_fts;
`;
