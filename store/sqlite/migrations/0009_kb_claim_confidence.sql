-- hearsay store schema, version 9: the knowledge base keeps each report's
-- confidence (the fact's, from version 8) and each claim's, derived from its
-- reports (kb.ClaimConfidence), so that claims are listed, filtered and sorted
-- by it without reading them all. Cached inputs of the earlier format lack the
-- facts' confidence and are read again from the documents (kb/sqlitekb keeps
-- the format in each row); the knowledge base is marked stale so that the next
-- refresh rewrites every claim with its confidence.
ALTER TABLE kb_claims ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
CREATE INDEX kb_claims_confidence ON kb_claims(confidence, first_day, id);

UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
