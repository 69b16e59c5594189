package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
)

// layerTables are the tables that hold a document's annotation layers, each
// keyed by doc_id. Deleting a document's rows from them cascades to the
// tables that hang off them (aliases, mention members, fact arguments,
// sources, evidence and qualifiers).
var layerTables = []string{"warnings", "skips", "sentences", "tokens", "timexes", "entities", "mentions", "facts"}

// Reanalyse replaces the annotation layers of a stored document in one
// transaction. See store.Store.
func (s *Store) Reanalyse(ctx context.Context, doc *hearsay.Document) error {
	if err := validate(doc); err != nil {
		return fmt.Errorf("store %s: reanalyse %s: %w", s.name, doc.ID, err)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store %s: reanalyse %s: %w", s.name, doc.ID, err)
	}
	defer tx.Rollback()
	if err := s.lockKeys(ctx, tx, doc.ID); err != nil {
		return fmt.Errorf("store %s: reanalyse %s: lock: %w", s.name, doc.ID, err)
	}
	if err := s.reanalyse(ctx, wtx{tx: tx, cache: &s.stmts}, doc); err != nil {
		return fmt.Errorf("store %s: reanalyse %s: %w", s.name, doc.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store %s: reanalyse %s: commit: %w", s.name, doc.ID, err)
	}
	return nil
}

// reanalyse checks that doc is the stored document, drops its old layers,
// writes the new ones and keeps its facts' supersession.
func (s *Store) reanalyse(ctx context.Context, tx wtx, doc *hearsay.Document) error {
	var (
		text         string
		supersededBy sql.NullString
	)
	err := tx.queryRow(ctx, `SELECT text, superseded_by FROM documents WHERE id = ?`, doc.ID).Scan(&text, &supersededBy)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ErrNotFound
	}
	if err != nil {
		return err
	}
	if text != doc.Text {
		return store.ErrTextChanged
	}
	for _, table := range layerTables {
		if err := tx.exec(ctx, `DELETE FROM `+table+` WHERE doc_id = ?`, doc.ID); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	if err := s.insertLayers(ctx, tx, doc); err != nil {
		return err
	}
	if err := tx.exec(ctx, `UPDATE facts SET superseded_by = ? WHERE doc_id = ?`, supersededBy, doc.ID); err != nil {
		return err
	}
	return tx.exec(ctx, `UPDATE documents SET layers = ?, analyzer = ?, body_start = ?, body_end = ? WHERE id = ?`,
		layerList(doc), s.analyzer, doc.Body.Start, doc.Body.End, doc.ID)
}
