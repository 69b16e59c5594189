-- hearsay store schema, version 7: the knowledge base is refreshed from the
-- documents that changed since the last refresh rather than from every document.
--
-- kb_changes logs every change of a document that the knowledge base depends on
-- (stored, superseded or made current again, reanalysed, deleted), written by the
-- triggers below in the same transaction as the change. kb_inputs keeps, for each
-- current document, what the knowledge base reads of it (its entities, facts and
-- the sentences its facts rest on), encoded by kb/sqlitekb; kb_meta 'inputs' is the
-- last kb_changes seq applied to kb_inputs. A refresh applies the logged changes
-- to kb_inputs and drops them in one transaction, so kb_inputs always matches
-- the documents up to 'inputs'. Without an 'inputs' row (a store of an earlier
-- version, or a forced rebuild) kb_inputs is filled from every document.

CREATE TABLE kb_changes (
	seq    INTEGER PRIMARY KEY AUTOINCREMENT,
	doc_id TEXT NOT NULL
);

CREATE TABLE kb_inputs (
	doc_id TEXT NOT NULL UNIQUE,
	data   BLOB NOT NULL
);

CREATE TRIGGER kb_changes_insert AFTER INSERT ON documents
BEGIN
	INSERT INTO kb_changes(doc_id) VALUES (NEW.id);
END;
CREATE TRIGGER kb_changes_superseded AFTER UPDATE OF superseded_by ON documents
BEGIN
	INSERT INTO kb_changes(doc_id) VALUES (NEW.id);
END;
CREATE TRIGGER kb_changes_reanalysed AFTER UPDATE OF layers ON documents
BEGIN
	INSERT INTO kb_changes(doc_id) VALUES (NEW.id);
END;
CREATE TRIGGER kb_changes_delete AFTER DELETE ON documents
BEGIN
	INSERT INTO kb_changes(doc_id) VALUES (OLD.id);
END;

-- A digest of each entity's and claim's data, in an index of its own, so that
-- a refresh finds the rows that changed without reading every row's data.
-- Rows written before version 7 have none and are rewritten once.
ALTER TABLE kb_entities ADD COLUMN sum BLOB;
ALTER TABLE kb_claims ADD COLUMN sum BLOB;
CREATE INDEX kb_entities_sum ON kb_entities(id, sum);
CREATE INDEX kb_claims_sum ON kb_claims(id, sum);
