-- hearsay store schema, version 1.
--
-- Offsets: the start_byte/end_byte, body_*, trigger_* and age_start/age_end
-- columns are half-open ranges of BYTE offsets into documents.text (UTF-8),
-- the same convention as hearsay.Span. Convert them to Unicode code points
-- with hearsay.NewRuneIndex(text) when exporting. Other *_start/*_end
-- columns (time_start, time_end) hold dates.
-- Layer rows are keyed by (doc_id, idx) where idx is the 0-based position in
-- the document's slice, so stored content depends only on the documents.
-- References between layers (token.sentence, mention.entity, fact sentence,
-- ...) are those same positions; -1 means none.

CREATE TABLE documents (
	id            TEXT PRIMARY KEY,          -- hash of the normalized content
	source        TEXT NOT NULL,             -- path or URL it was read from
	line          INTEGER NOT NULL,          -- line in source for JSON Lines, else 0
	source_key    TEXT NOT NULL,             -- url, source#line or source: versions share it
	url           TEXT NOT NULL,
	outlet        TEXT NOT NULL,
	title         TEXT NOT NULL,
	date          TEXT NOT NULL,             -- RFC 3339 publication time
	day           TEXT NOT NULL,             -- publication day, YYYY-MM-DD, for filters
	text          TEXT NOT NULL,             -- the original text as read
	body_start    INTEGER NOT NULL,
	body_end      INTEGER NOT NULL,
	layers        TEXT NOT NULL,             -- filled layers, comma-separated
	version       INTEGER NOT NULL,          -- 1, 2, ... under source_key
	superseded_by TEXT REFERENCES documents(id),
	ingested_at   TEXT NOT NULL              -- RFC 3339 UTC, when first stored
);
CREATE INDEX documents_source_key ON documents(source_key, superseded_by);
CREATE INDEX documents_day ON documents(day, id);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE warnings (
	doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx     INTEGER NOT NULL,
	message TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE skips (
	doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx    INTEGER NOT NULL,
	start_byte  INTEGER NOT NULL,
	end_byte    INTEGER NOT NULL,
	kind   TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
	doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	start_byte  INTEGER NOT NULL,
	end_byte    INTEGER NOT NULL,
	first_token INTEGER NOT NULL,
	end_token   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- Tokens are many and only ever read back whole, so they are packed one row
-- per document: one line per token, "start end sentence UPOS XPOS NER" with
-- tab-separated fields (Token.Text is text[start:end]).
CREATE TABLE tokens (
	doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	count  INTEGER NOT NULL,
	data   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE timexes (
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start_byte  INTEGER NOT NULL,
	end_byte    INTEGER NOT NULL,
	text      TEXT NOT NULL,
	type      TEXT NOT NULL,
	value     TEXT NOT NULL,
	mod       TEXT NOT NULL,
	earliest  TEXT NOT NULL,
	latest    TEXT NOT NULL,
	anaphoric INTEGER NOT NULL,
	sentence  INTEGER NOT NULL,
	rule      TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
	doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	eid            TEXT NOT NULL,           -- "e1", local to the document
	type           TEXT NOT NULL,
	name           TEXT NOT NULL,
	unnamed        INTEGER NOT NULL,
	kind           TEXT NOT NULL,
	age_years      INTEGER,                 -- NULL when no age is stated
	age_at         TEXT,
	age_start      INTEGER,                 -- byte span of the age evidence
	age_end        INTEGER,
	has_birth      INTEGER NOT NULL,
	birth_earliest TEXT NOT NULL,
	birth_latest   TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name);

CREATE TABLE entity_aliases (
	doc_id TEXT NOT NULL,
	entity INTEGER NOT NULL,
	idx    INTEGER NOT NULL,
	alias  TEXT NOT NULL,
	PRIMARY KEY (doc_id, entity, idx),
	FOREIGN KEY (doc_id, entity) REFERENCES entities(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE entity_mentions (
	doc_id  TEXT NOT NULL,
	entity  INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	mention INTEGER NOT NULL,
	PRIMARY KEY (doc_id, entity, idx),
	FOREIGN KEY (doc_id, entity) REFERENCES entities(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE mentions (
	doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	start_byte  INTEGER NOT NULL,
	end_byte    INTEGER NOT NULL,
	text     TEXT NOT NULL,
	type     TEXT NOT NULL,
	kind     TEXT NOT NULL,
	entity   INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	rule     TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE mention_members (
	doc_id  TEXT NOT NULL,
	mention INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	entity  INTEGER NOT NULL,
	PRIMARY KEY (doc_id, mention, idx),
	FOREIGN KEY (doc_id, mention) REFERENCES mentions(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE facts (
	doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	fid            TEXT NOT NULL,           -- "f1", local to the document
	type           TEXT NOT NULL,
	modality       TEXT NOT NULL,
	polarity       TEXT NOT NULL,
	derived        INTEGER NOT NULL,
	reason         TEXT NOT NULL,
	rule           TEXT NOT NULL,
	sentence       INTEGER NOT NULL,        -- main evidence sentence
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	has_time       INTEGER NOT NULL,        -- 0: the text gives no time
	time_value     TEXT NOT NULL,
	time_mod       TEXT NOT NULL,
	time_earliest  TEXT NOT NULL,
	time_latest    TEXT NOT NULL,
	time_start     TEXT NOT NULL,
	time_end       TEXT NOT NULL,
	time_start_mod TEXT NOT NULL,
	time_end_mod   TEXT NOT NULL,
	time_timex     INTEGER NOT NULL,
	superseded_by  TEXT REFERENCES documents(id), -- set when a newer version of the document replaced it
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX facts_type ON facts(type, superseded_by);

CREATE TABLE fact_args (
	doc_id  TEXT NOT NULL,
	fact    INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	entity  INTEGER NOT NULL,               -- -1 for a literal
	literal TEXT NOT NULL,
	PRIMARY KEY (doc_id, fact, idx),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE fact_sources (
	doc_id TEXT NOT NULL,
	fact   INTEGER NOT NULL,
	pos    INTEGER NOT NULL,                -- position in the chain, 0 = outermost
	text   TEXT NOT NULL,
	kind   TEXT NOT NULL,
	entity INTEGER NOT NULL,
	start_byte  INTEGER NOT NULL,
	end_byte    INTEGER NOT NULL,
	PRIMARY KEY (doc_id, fact, pos),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE fact_evidence (
	doc_id   TEXT NOT NULL,
	fact     INTEGER NOT NULL,
	pos      INTEGER NOT NULL,              -- 0 = main sentence
	sentence INTEGER NOT NULL,
	PRIMARY KEY (doc_id, fact, pos),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE fact_qualifiers (
	doc_id TEXT NOT NULL,
	fact   INTEGER NOT NULL,
	key    TEXT NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (doc_id, fact, key),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

-- Full-text index over titles and article bodies.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	doc_id UNINDEXED,
	title,
	body,
	tokenize = 'unicode61 remove_diacritics 2'
);
