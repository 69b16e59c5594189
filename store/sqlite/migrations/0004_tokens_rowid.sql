-- hearsay store schema, version 4: packed tokens move to a rowid table and
-- may be compressed.
--
-- A document's packed token rows (0001_init.sql) take a few kilobytes. In a
-- WITHOUT ROWID table most of such a row went to an overflow page of its
-- own. Now the rows live in a rowid table and new ones are compressed, so
-- that several documents share a page: a smaller file, and fewer pages
-- written by each document's transaction.
--
-- encoding says how data is stored:
--   tsv         the lines of 0001_init.sql as text (rows written before version 4)
--   tsv+deflate the same lines, compressed with DEFLATE (RFC 1951)

CREATE TABLE tokens_v4 (
	doc_id   TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
	count    INTEGER NOT NULL,
	encoding TEXT NOT NULL,
	data     BLOB NOT NULL
);
INSERT INTO tokens_v4(doc_id, count, encoding, data)
	SELECT doc_id, count, 'tsv', data FROM tokens ORDER BY doc_id;
DROP TABLE tokens;
ALTER TABLE tokens_v4 RENAME TO tokens;
