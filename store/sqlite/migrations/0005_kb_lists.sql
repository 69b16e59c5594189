-- hearsay store schema, version 5: claims listed by their current status without
-- reading them all, and outlets' track records computed at build time. The
-- knowledge base is marked stale so that the next refresh fills the new columns.
ALTER TABLE kb_claims ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE kb_claims ADD COLUMN modalities TEXT NOT NULL DEFAULT ''; -- ",reported,rumored,"
CREATE INDEX kb_claims_first ON kb_claims(first_day, id);
CREATE INDEX kb_claims_status ON kb_claims(status, first_day, id);
CREATE INDEX kb_claims_type ON kb_claims(type, first_day, id);

-- Outlets' track records as of the last report; data is a kb.OutletRecord as JSON.
CREATE TABLE kb_outlets (
	idx  INTEGER PRIMARY KEY,
	data TEXT NOT NULL
);

UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
