-- hearsay store schema, version 6: documents remember which build of hearsay
-- analysed them, so that 'hearsay reanalyse' can bring documents read by older
-- rules and models up to date, replacing their layers in place.
--
-- analyzer is an opaque name of the analysing build (its version, or a hash of
-- its executable for development builds, plus any non-default model); '' for
-- documents stored before version 6. Replacing a document's layers rewrites
-- its layers column, which marks the knowledge base stale like an insert does.
ALTER TABLE documents ADD COLUMN analyzer TEXT NOT NULL DEFAULT '';

CREATE TRIGGER kb_documents_reanalysed AFTER UPDATE OF layers ON documents
BEGIN
	UPDATE kb_meta SET value = value + 1 WHERE key = 'gen';
END;
