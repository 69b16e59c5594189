// Package sqlitekb keeps the knowledge base (package kb) in the embedded
// SQLite store, in the kb_* tables of store/sqlite's migration 0002. It reads
// the documents' layers straight from the store's tables and writes a whole
// new knowledge base in one transaction.
package sqlitekb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// Backend is a kb.Backend over one SQLite store.
type Backend struct {
	db *sql.DB
}

var _ kb.Backend = (*Backend)(nil)

// New returns the knowledge base kept in st.
func New(st *sqlite.Store) *Backend { return &Backend{db: st.DB()} }

// Stale reports whether documents changed since the knowledge base was
// built.
func (b *Backend) Stale(ctx context.Context) (bool, error) {
	var gen, built int64
	err := b.db.QueryRowContext(ctx, `SELECT
		(SELECT value FROM kb_meta WHERE key = 'gen'),
		(SELECT value FROM kb_meta WHERE key = 'built')`).Scan(&gen, &built)
	if err != nil {
		return false, fmt.Errorf("sqlitekb: stale: %w", err)
	}
	return gen != built, nil
}

// Decisions returns the user's decisions in order.
func (b *Backend) Decisions(ctx context.Context) ([]kb.Decision, error) {
	rows, err := b.db.QueryContext(ctx, `SELECT seq, op, a, b, docs, note FROM kb_decisions ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("sqlitekb: decisions: %w", err)
	}
	defer rows.Close()
	var out []kb.Decision
	for rows.Next() {
		var d kb.Decision
		var docs string
		if err := rows.Scan(&d.Seq, &d.Op, &d.A, &d.B, &docs, &d.Note); err != nil {
			return nil, fmt.Errorf("sqlitekb: decisions: %w", err)
		}
		if docs != "" {
			d.Docs = strings.Split(docs, ",")
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// AddDecision records a decision and marks the knowledge base stale.
func (b *Backend) AddDecision(ctx context.Context, d kb.Decision) error {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlitekb: decision: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO kb_decisions(op, a, b, docs, note, made_at) VALUES (?, ?, ?, ?, ?, ?)`,
		d.Op, d.A, d.B, strings.Join(d.Docs, ","), d.Note, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("sqlitekb: decision: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE kb_meta SET value = value + 1 WHERE key = 'gen'`); err != nil {
		return fmt.Errorf("sqlitekb: decision: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlitekb: decision: %w", err)
	}
	return nil
}

// Replace writes k in place of the stored knowledge base, in one
// transaction, and records the generation it was built from.
func (b *Backend) Replace(ctx context.Context, k *kb.KB) error {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlitekb: replace: %w", err)
	}
	defer tx.Rollback()
	if err := replace(ctx, tx, k); err != nil {
		return fmt.Errorf("sqlitekb: replace: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlitekb: replace: %w", err)
	}
	return nil
}

func replace(ctx context.Context, tx *sql.Tx, k *kb.KB) error {
	for _, t := range []string{"kb_entities", "kb_names", "kb_claims", "kb_claim_entities", "kb_contradictions"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
			return err
		}
	}
	ins := func(q string) (*sql.Stmt, error) { return tx.PrepareContext(ctx, q) }
	ent, err := ins(`INSERT INTO kb_entities(id, type, name, docs, data) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ent.Close()
	name, err := ins(`INSERT OR IGNORE INTO kb_names(name_key, entity) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer name.Close()
	for _, e := range k.Entities {
		data, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if _, err := ent.ExecContext(ctx, e.ID, e.Type, e.Name, e.Docs(""), data); err != nil {
			return err
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if key := kb.NameKey(n); key != "" {
				if _, err := name.ExecContext(ctx, key, e.ID); err != nil {
					return err
				}
			}
		}
	}
	cl, err := ins(`INSERT INTO kb_claims(id, type, first_day, data) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer cl.Close()
	ce, err := ins(`INSERT OR IGNORE INTO kb_claim_entities(entity, claim) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ce.Close()
	for _, c := range k.Claims {
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if _, err := cl.ExecContext(ctx, c.ID, c.Type, c.Reports[0].Date, data); err != nil {
			return err
		}
		for _, a := range c.Args {
			if a.Entity != "" {
				if _, err := ce.ExecContext(ctx, a.Entity, c.ID); err != nil {
					return err
				}
			}
		}
	}
	for i, c := range k.Contradictions {
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO kb_contradictions(idx, data) VALUES (?, ?)`, i, data); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE kb_meta SET value = ? WHERE key = 'built'`, k.Gen)
	return err
}

// Lookup returns the entities with the name or alias.
func (b *Backend) Lookup(ctx context.Context, name string) ([]*kb.Entity, error) {
	return b.entities(ctx, `SELECT e.data FROM kb_names n JOIN kb_entities e ON e.id = n.entity
		WHERE n.name_key = ? ORDER BY e.docs DESC, e.id`, kb.NameKey(name))
}

// Entity returns the entity with the id.
func (b *Backend) Entity(ctx context.Context, id string) (*kb.Entity, error) {
	es, err := b.entities(ctx, `SELECT data FROM kb_entities WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("sqlitekb: entity %q: %w", id, kb.ErrNotFound)
	}
	return es[0], nil
}

// People lists person entities by name prefix, most documented first.
func (b *Backend) People(ctx context.Context, prefix string, limit, offset int) ([]*kb.Entity, int, error) {
	key := kb.NameKey(prefix)
	var total int
	if err := b.db.QueryRowContext(ctx, `SELECT COUNT(DISTINCT n.entity) FROM kb_names n JOIN kb_entities e ON e.id = n.entity
		WHERE e.type = 'person' AND n.name_key >= ? AND n.name_key < ?`, key, key+"\uffff").Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlitekb: people: %w", err)
	}
	if limit <= 0 {
		limit = -1
	}
	es, err := b.entities(ctx, `SELECT e.data FROM kb_entities e WHERE e.type = 'person' AND e.id IN
		(SELECT entity FROM kb_names WHERE name_key >= ? AND name_key < ?)
		ORDER BY e.docs DESC, e.id LIMIT ? OFFSET ?`, key, key+"\uffff", limit, offset)
	return es, total, err
}

func (b *Backend) entities(ctx context.Context, q string, args ...any) ([]*kb.Entity, error) {
	rows, err := b.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlitekb: entities: %w", err)
	}
	defer rows.Close()
	var out []*kb.Entity
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("sqlitekb: entities: %w", err)
		}
		e := new(kb.Entity)
		if err := json.Unmarshal(data, e); err != nil {
			return nil, fmt.Errorf("sqlitekb: entities: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// ClaimsAbout returns the claims with the entity as an argument.
func (b *Backend) ClaimsAbout(ctx context.Context, entityID string) ([]*kb.Claim, error) {
	var out []*kb.Claim
	err := b.claims(ctx, func(c *kb.Claim) error { out = append(out, c); return nil },
		`SELECT c.data FROM kb_claim_entities x JOIN kb_claims c ON c.id = x.claim WHERE x.entity = ? ORDER BY c.id`, entityID)
	return out, err
}

// Claim returns the claim with the id.
func (b *Backend) Claim(ctx context.Context, id string) (*kb.Claim, error) {
	var out *kb.Claim
	err := b.claims(ctx, func(c *kb.Claim) error { out = c; return nil }, `SELECT data FROM kb_claims WHERE id = ?`, id)
	if err == nil && out == nil {
		err = fmt.Errorf("sqlitekb: claim %q: %w", id, kb.ErrNotFound)
	}
	return out, err
}

// EachClaim calls fn for every claim in id order.
func (b *Backend) EachClaim(ctx context.Context, fn func(*kb.Claim) error) error {
	return b.claims(ctx, fn, `SELECT data FROM kb_claims ORDER BY id`)
}

func (b *Backend) claims(ctx context.Context, fn func(*kb.Claim) error, q string, args ...any) error {
	rows, err := b.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("sqlitekb: claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return fmt.Errorf("sqlitekb: claims: %w", err)
		}
		c := new(kb.Claim)
		if err := json.Unmarshal(data, c); err != nil {
			return fmt.Errorf("sqlitekb: claims: %w", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Contradictions returns the contradictions found at build time.
func (b *Backend) Contradictions(ctx context.Context) ([]kb.Contradiction, error) {
	rows, err := b.db.QueryContext(ctx, `SELECT data FROM kb_contradictions ORDER BY idx`)
	if err != nil {
		return nil, fmt.Errorf("sqlitekb: contradictions: %w", err)
	}
	defer rows.Close()
	var out []kb.Contradiction
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("sqlitekb: contradictions: %w", err)
		}
		var c kb.Contradiction
		if err := json.Unmarshal(data, &c); err != nil {
			return nil, fmt.Errorf("sqlitekb: contradictions: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
