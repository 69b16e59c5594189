-- hearsay store schema, version 8: each fact keeps the confidence the fact
-- stage gave it (fact/confidence.go), in [0,1]; 0 for facts stored before
-- version 8, which were not scored.
ALTER TABLE facts ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
