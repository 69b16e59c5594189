-- hearsay store schema for PostgreSQL, version 1: the same tables and columns
-- as the SQLite store after its migrations 0001 to 0009
-- (store/sqlite/migrations), in PostgreSQL's types, so that package sqldb
-- reads and writes both with the same statements.
--
-- Offsets: the start_byte/end_byte, body_*, trigger_* and age_start/age_end
-- columns are half-open ranges of BYTE offsets into documents.text (UTF-8),
-- the same convention as hearsay.Span. Layer rows are keyed by (doc_id, idx)
-- where idx is the 0-based position in the document's slice; references
-- between layers are those same positions, -1 meaning none.
-- Times are RFC 3339 text and days YYYY-MM-DD, as in SQLite, so that a time
-- keeps the offset it was written with.
-- Keys that are compared by range or sorted (ids, names, days) use the "C"
-- collation: byte order, whatever the database's locale, as in SQLite.

CREATE TABLE documents (
	id            TEXT COLLATE "C" PRIMARY KEY, -- hash of the normalized content
	source        TEXT NOT NULL,             -- path or URL it was read from
	line          INTEGER NOT NULL,          -- line in source for JSON Lines, else 0
	source_key    TEXT NOT NULL,             -- url, source#line or source: versions share it
	url           TEXT NOT NULL,
	outlet        TEXT NOT NULL,
	title         TEXT NOT NULL,
	date          TEXT NOT NULL,             -- RFC 3339 publication time
	day           TEXT COLLATE "C" NOT NULL, -- publication day, YYYY-MM-DD, for filters
	text          TEXT NOT NULL,             -- the original text as read
	body_start    INTEGER NOT NULL,
	body_end      INTEGER NOT NULL,
	layers        TEXT NOT NULL,             -- filled layers, comma-separated
	version       INTEGER NOT NULL,          -- 1, 2, ... under source_key
	superseded_by TEXT COLLATE "C" REFERENCES documents(id),
	ingested_at   TEXT NOT NULL,             -- RFC 3339 UTC, when first stored
	analyzer      TEXT NOT NULL DEFAULT ''   -- the build of hearsay that analysed it
);
CREATE INDEX documents_source_key ON documents(source_key, superseded_by);
CREATE INDEX documents_day ON documents(day, id);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_superseded_by ON documents(superseded_by);

CREATE TABLE warnings (
	doc_id  TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx     INTEGER NOT NULL,
	message TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE skips (
	doc_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE sentences (
	doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	start_byte  INTEGER NOT NULL,
	end_byte    INTEGER NOT NULL,
	first_token INTEGER NOT NULL,
	end_token   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

-- Tokens are many and only ever read back whole: one row per document, one
-- line per token, "start end sentence UPOS XPOS NER" with tab-separated
-- fields, compressed with DEFLATE (encoding 'tsv+deflate').
CREATE TABLE tokens (
	doc_id   TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
	count    INTEGER NOT NULL,
	encoding TEXT NOT NULL,
	data     BYTEA NOT NULL
);

CREATE TABLE timexes (
	doc_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	mod        TEXT NOT NULL,
	earliest   TEXT NOT NULL,
	latest     TEXT NOT NULL,
	anaphoric  BOOLEAN NOT NULL,
	sentence   INTEGER NOT NULL,
	rule       TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE entities (
	doc_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	eid            TEXT NOT NULL,           -- "e1", local to the document
	type           TEXT NOT NULL,
	name           TEXT NOT NULL,
	unnamed        BOOLEAN NOT NULL,
	kind           TEXT NOT NULL,
	age_years      INTEGER,                 -- NULL when no age is stated
	age_at         TEXT,
	age_start      INTEGER,                 -- byte span of the age evidence
	age_end        INTEGER,
	has_birth      BOOLEAN NOT NULL,
	birth_earliest TEXT NOT NULL,
	birth_latest   TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE entity_aliases (
	doc_id TEXT COLLATE "C" NOT NULL,
	entity INTEGER NOT NULL,
	idx    INTEGER NOT NULL,
	alias  TEXT NOT NULL,
	PRIMARY KEY (doc_id, entity, idx),
	FOREIGN KEY (doc_id, entity) REFERENCES entities(doc_id, idx) ON DELETE CASCADE
);

CREATE TABLE entity_mentions (
	doc_id  TEXT COLLATE "C" NOT NULL,
	entity  INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	mention INTEGER NOT NULL,
	PRIMARY KEY (doc_id, entity, idx),
	FOREIGN KEY (doc_id, entity) REFERENCES entities(doc_id, idx) ON DELETE CASCADE
);

CREATE TABLE mentions (
	doc_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	entity     INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	rule       TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE mention_members (
	doc_id  TEXT COLLATE "C" NOT NULL,
	mention INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	entity  INTEGER NOT NULL,
	PRIMARY KEY (doc_id, mention, idx),
	FOREIGN KEY (doc_id, mention) REFERENCES mentions(doc_id, idx) ON DELETE CASCADE
);

CREATE TABLE facts (
	doc_id         TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	fid            TEXT NOT NULL,           -- "f1", local to the document
	type           TEXT NOT NULL,
	modality       TEXT NOT NULL,
	polarity       TEXT NOT NULL,
	derived        BOOLEAN NOT NULL,
	reason         TEXT NOT NULL,
	rule           TEXT NOT NULL,
	sentence       INTEGER NOT NULL,        -- main evidence sentence
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	has_time       BOOLEAN NOT NULL,        -- false: the text gives no time
	time_value     TEXT NOT NULL,
	time_mod       TEXT NOT NULL,
	time_earliest  TEXT NOT NULL,
	time_latest    TEXT NOT NULL,
	time_start     TEXT NOT NULL,
	time_end       TEXT NOT NULL,
	time_start_mod TEXT NOT NULL,
	time_end_mod   TEXT NOT NULL,
	time_timex     INTEGER NOT NULL,
	superseded_by  TEXT COLLATE "C" REFERENCES documents(id), -- set when a newer version of the document replaced it
	confidence     DOUBLE PRECISION NOT NULL DEFAULT 0,
	PRIMARY KEY (doc_id, idx)
);
CREATE INDEX facts_type ON facts(type, superseded_by);

CREATE TABLE fact_args (
	doc_id  TEXT COLLATE "C" NOT NULL,
	fact    INTEGER NOT NULL,
	idx     INTEGER NOT NULL,
	entity  INTEGER NOT NULL,               -- -1 for a literal
	literal TEXT NOT NULL,
	PRIMARY KEY (doc_id, fact, idx),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
);

CREATE TABLE fact_sources (
	doc_id     TEXT COLLATE "C" NOT NULL,
	fact       INTEGER NOT NULL,
	pos        INTEGER NOT NULL,            -- position in the chain, 0 = outermost
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	entity     INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	PRIMARY KEY (doc_id, fact, pos),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
);

CREATE TABLE fact_evidence (
	doc_id   TEXT COLLATE "C" NOT NULL,
	fact     INTEGER NOT NULL,
	pos      INTEGER NOT NULL,              -- 0 = main sentence
	sentence INTEGER NOT NULL,
	PRIMARY KEY (doc_id, fact, pos),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
);

CREATE TABLE fact_qualifiers (
	doc_id TEXT COLLATE "C" NOT NULL,
	fact   INTEGER NOT NULL,
	key    TEXT COLLATE "C" NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (doc_id, fact, key),
	FOREIGN KEY (doc_id, fact) REFERENCES facts(doc_id, idx) ON DELETE CASCADE
);

-- Full-text search. The text search configuration hearsay_search splits
-- text with PostgreSQL's default parser and folds words to lower case
-- without diacritics (the unaccent extension, then the simple dictionary:
-- no stemming, no stop words), like SQLite's unicode61 remove_diacritics.
-- unaccent is created in this schema unless the database has it already.
DO $$
DECLARE
	ext_schema TEXT;
BEGIN
	SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
		WHERE e.extname = 'unaccent';
	IF ext_schema IS NULL THEN
		-- stores of other schemas may be creating it too: one at a time
		PERFORM pg_advisory_xact_lock(1213354841, 0);
		SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
			WHERE e.extname = 'unaccent';
	END IF;
	IF ext_schema IS NULL THEN
		CREATE EXTENSION unaccent;
		SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
			WHERE e.extname = 'unaccent';
	END IF;
	CREATE TEXT SEARCH CONFIGURATION hearsay_search (COPY = pg_catalog.simple);
	EXECUTE format('ALTER TEXT SEARCH CONFIGURATION hearsay_search ALTER MAPPING FOR '
		'asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH %I.unaccent, simple', ext_schema);
END
$$;

-- The title and body of each document (as in SQLite's documents_fts), with
-- their words: the title's weighted A.
CREATE TABLE documents_fts (
	doc_id TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
	title  TEXT NOT NULL,
	body   TEXT NOT NULL,
	words  TSVECTOR NOT NULL GENERATED ALWAYS AS (
		setweight(to_tsvector('hearsay_search', title), 'A') || to_tsvector('hearsay_search', body)) STORED
);
CREATE INDEX documents_fts_words ON documents_fts USING GIN (words);

-- The knowledge base (package kb, written by kb/sqlkb); see
-- store/sqlite/migrations 0002, 0003, 0005, 0007 and 0009. kb_meta counts
-- document changes ('gen') and records the generation the stored knowledge
-- base was built from ('built'); kb_changes logs every change of a document
-- the knowledge base depends on. Both are written by the trigger below, in
-- the transaction of the change: it updates the 'gen' row first, so writers
-- take their kb_changes numbers one at a time, in the order they commit.

CREATE TABLE kb_meta (
	key   TEXT COLLATE "C" PRIMARY KEY,
	value BIGINT NOT NULL
);
INSERT INTO kb_meta(key, value) VALUES ('gen', 1), ('built', 0);

CREATE TABLE kb_changes (
	seq    BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	doc_id TEXT COLLATE "C" NOT NULL
);

CREATE FUNCTION kb_document_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
	IF TG_OP = 'DELETE' THEN
		INSERT INTO kb_changes(doc_id) VALUES (OLD.id);
		RETURN OLD;
	END IF;
	INSERT INTO kb_changes(doc_id) VALUES (NEW.id);
	RETURN NEW;
END
$$;
CREATE TRIGGER kb_documents_insert AFTER INSERT ON documents
	FOR EACH ROW EXECUTE FUNCTION kb_document_changed();
CREATE TRIGGER kb_documents_update AFTER UPDATE OF superseded_by, layers ON documents
	FOR EACH ROW EXECUTE FUNCTION kb_document_changed();
CREATE TRIGGER kb_documents_delete AFTER DELETE ON documents
	FOR EACH ROW EXECUTE FUNCTION kb_document_changed();

-- What the knowledge base reads of each current document, encoded by
-- kb/sqlkb.
CREATE TABLE kb_inputs (
	doc_id TEXT COLLATE "C" NOT NULL UNIQUE,
	data   BYTEA NOT NULL
);

-- Resolved entities; data is the kb.Entity as JSON, sum a digest of it.
CREATE TABLE kb_entities (
	id   TEXT COLLATE "C" PRIMARY KEY,
	type TEXT NOT NULL,
	name TEXT NOT NULL,
	docs INTEGER NOT NULL,                  -- documents that mention it
	data BYTEA NOT NULL,
	sum  BYTEA
);

-- Every name and alias of every entity, normalized with kb.NameKey.
CREATE TABLE kb_names (
	name_key TEXT COLLATE "C" NOT NULL,
	entity   TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (name_key, entity)
);
CREATE INDEX kb_names_entity ON kb_names(entity);

-- Claims; data is the kb.Claim with all its reports as JSON.
CREATE TABLE kb_claims (
	id         TEXT COLLATE "C" PRIMARY KEY,
	type       TEXT COLLATE "C" NOT NULL,
	first_day  TEXT COLLATE "C" NOT NULL,   -- publication day of its first report
	data       BYTEA NOT NULL,
	status     TEXT COLLATE "C" NOT NULL DEFAULT '',
	modalities TEXT NOT NULL DEFAULT '',    -- ",reported,rumored,"
	sum        BYTEA,
	confidence DOUBLE PRECISION NOT NULL DEFAULT 0
);
CREATE INDEX kb_claims_first ON kb_claims(first_day, id);
CREATE INDEX kb_claims_status ON kb_claims(status, first_day, id);
CREATE INDEX kb_claims_type ON kb_claims(type, first_day, id);
CREATE INDEX kb_claims_confidence ON kb_claims(confidence, first_day, id);

CREATE TABLE kb_claim_entities (
	entity TEXT COLLATE "C" NOT NULL,
	claim  TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (entity, claim)
);
CREATE INDEX kb_claim_entities_claim ON kb_claim_entities(claim);

-- Contradictions found at build time; data is the kb.Contradiction as JSON.
CREATE TABLE kb_contradictions (
	idx  INTEGER PRIMARY KEY,
	data BYTEA NOT NULL
);

-- Outlets' track records as of the last report; data is a kb.OutletRecord as JSON.
CREATE TABLE kb_outlets (
	idx  INTEGER PRIMARY KEY,
	data BYTEA NOT NULL
);

-- The user's merge and split decisions, replayed on every rebuild.
CREATE TABLE kb_decisions (
	seq     BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	op      TEXT NOT NULL,                  -- merge or split
	a       TEXT NOT NULL,
	b       TEXT NOT NULL,
	docs    TEXT NOT NULL,                  -- split: document ids, comma-separated
	note    TEXT NOT NULL,
	made_at TEXT NOT NULL
);
