-- hearsay store schema, version 3: indexes that let the knowledge base be
-- rewritten row by row (only the entities and claims that changed).
CREATE INDEX kb_names_entity ON kb_names(entity);
CREATE INDEX kb_claim_entities_claim ON kb_claim_entities(claim);
