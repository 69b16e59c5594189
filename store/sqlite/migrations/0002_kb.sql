-- hearsay store schema, version 2: the cross-document knowledge base (package kb,
-- written by kb/sqlitekb). It is derived from the current documents and the user's
-- decisions and rebuilt as a whole; kb_meta counts document changes ('gen', bumped by
-- the triggers below inside the same transaction as the change) and records the
-- generation the stored knowledge base was built from ('built'), so a knowledge base
-- left stale by a killed ingest is rebuilt by the next refresh.

CREATE TABLE kb_meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO kb_meta(key, value) VALUES ('gen', 1), ('built', 0);

CREATE TRIGGER kb_documents_insert AFTER INSERT ON documents
BEGIN
	UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
END;
CREATE TRIGGER kb_documents_update AFTER UPDATE OF superseded_by ON documents
BEGIN
	UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
END;
CREATE TRIGGER kb_documents_delete AFTER DELETE ON documents
BEGIN
	UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
END;

-- Resolved entities; data is the kb.Entity as JSON.
CREATE TABLE kb_entities (
	id   TEXT PRIMARY KEY,
	type TEXT NOT NULL,
	name TEXT NOT NULL,
	docs INTEGER NOT NULL,                  -- documents that mention it
	data TEXT NOT NULL
) WITHOUT ROWID;

-- Every name and alias of every entity, normalized with kb.NameKey.
CREATE TABLE kb_names (
	name_key TEXT NOT NULL,
	entity   TEXT NOT NULL,
	PRIMARY KEY (name_key, entity)
) WITHOUT ROWID;

-- Claims; data is the kb.Claim with all its reports as JSON.
CREATE TABLE kb_claims (
	id        TEXT PRIMARY KEY,
	type      TEXT NOT NULL,
	first_day TEXT NOT NULL,                -- publication day of its first report
	data      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE kb_claim_entities (
	entity TEXT NOT NULL,
	claim  TEXT NOT NULL,
	PRIMARY KEY (entity, claim)
) WITHOUT ROWID;

-- Contradictions found at build time; data is the kb.Contradiction as JSON.
CREATE TABLE kb_contradictions (
	idx  INTEGER PRIMARY KEY,
	data TEXT NOT NULL
);

-- The user's merge and split decisions, replayed on every rebuild. Kept
-- across rebuilds and re-ingests.
CREATE TABLE kb_decisions (
	seq     INTEGER PRIMARY KEY AUTOINCREMENT,
	op      TEXT NOT NULL,                  -- merge or split
	a       TEXT NOT NULL,
	b       TEXT NOT NULL,
	docs    TEXT NOT NULL,                  -- split: document ids, comma-separated
	note    TEXT NOT NULL,
	made_at TEXT NOT NULL
);
