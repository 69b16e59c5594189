// Package sqlkb keeps the knowledge base (package kb) in the kb_* tables
// of a database/sql store (package store/sqldb): the embedded SQLite store
// (store/sqlite's migrations 0002, 0003, 0005, 0007 and 0009) or a
// PostgreSQL one (store/postgres), the SQL of either written once, with the
// store's dialect for what differs. It keeps what the knowledge base needs of each document in
// a cache table that a refresh brings up to date by reading only the
// documents the store logged as changed (straight from the store's layer
// tables), and writes a new knowledge base in one transaction, rewriting
// only the rows whose digest changed. It lives beside package kb rather than in store/sqlite
// because the store sits below the knowledge base in hearsay's data flow.
package sqlkb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/sqldb"
)

// Store is what the knowledge base needs of a store: its database and its
// dialect (*sqlite.Store and *postgres.Store have both).
type Store interface {
	DB() *sql.DB
	Dialect() *sqldb.Dialect
}

// Backend is a kb.Backend over one store.
type Backend struct {
	d     *sqldb.Dialect
	db    *sql.DB          // the store's connections: writes, and reads when rd is nil
	rd    *sql.DB          // read-only connections (Open), or nil (New)
	stmts *sqldb.StmtCache // prepared read queries over rd, nil with New

	// values of recently read rows, nil with New
	entityRows *decoded[kb.Entity]
	claimRows  *decoded[kb.Claim]
}

var _ kb.Backend = (*Backend)(nil)

// New returns the knowledge base kept in st.
func New(st Store) *Backend { return &Backend{d: st.Dialect(), db: st.DB()} }

// begin starts a transaction of the knowledge base: one at a time across
// processes, over one consistent view of the documents (the dialect's
// BeginExclusive, else a plain transaction). done must be called when it
// ended.
func (b *Backend) begin(ctx context.Context) (tx *sql.Tx, done func(), err error) {
	if b.d.BeginExclusive != nil {
		return b.d.BeginExclusive(ctx, b.db)
	}
	tx, err = b.db.BeginTx(ctx, nil)
	return tx, func() {}, err
}

// Stale reports whether documents changed since the knowledge base was
// built.
func (b *Backend) Stale(ctx context.Context) (bool, error) {
	var gen, built int64
	err := b.db.QueryRowContext(ctx, `SELECT
		(SELECT value FROM kb_meta WHERE key = 'gen'),
		(SELECT value FROM kb_meta WHERE key = 'built')`).Scan(&gen, &built)
	if err != nil {
		return false, fmt.Errorf("sqlkb: stale: %w", err)
	}
	return gen != built, nil
}

// Decisions returns the user's decisions in order.
func (b *Backend) Decisions(ctx context.Context) ([]kb.Decision, error) {
	rows, err := b.db.QueryContext(ctx, `SELECT seq, op, a, b, docs, note FROM kb_decisions ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("sqlkb: decisions: %w", err)
	}
	defer rows.Close()
	var out []kb.Decision
	for rows.Next() {
		var d kb.Decision
		var docs string
		if err := rows.Scan(&d.Seq, &d.Op, &d.A, &d.B, &docs, &d.Note); err != nil {
			return nil, fmt.Errorf("sqlkb: decisions: %w", err)
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
		return fmt.Errorf("sqlkb: decision: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, b.d.Rebind(`INSERT INTO kb_decisions(op, a, b, docs, note, made_at) VALUES (?, ?, ?, ?, ?, ?)`),
		d.Op, d.A, d.B, strings.Join(d.Docs, ","), d.Note, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("sqlkb: decision: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE kb_meta SET value = value + 1 WHERE key = 'gen'`); err != nil {
		return fmt.Errorf("sqlkb: decision: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlkb: decision: %w", err)
	}
	return nil
}

// Replace writes k in place of the stored knowledge base, in one
// transaction, and records the generation it was built from.
func (b *Backend) Replace(ctx context.Context, k *kb.KB) error {
	tx, done, err := b.begin(ctx)
	if err != nil {
		return fmt.Errorf("sqlkb: replace: %w", err)
	}
	defer done()
	defer tx.Rollback()
	if err := replace(ctx, wtx{Tx: tx, D: b.d}, k); err != nil {
		return fmt.Errorf("sqlkb: replace: %w", err)
	}
	// count rebuilds, so that Version changes even when a rebuild read the
	// same documents (new rules, a forced rebuild)
	if _, err := tx.ExecContext(ctx, `INSERT INTO kb_meta(key, value) VALUES ('replaced', 1)
		ON CONFLICT(key) DO UPDATE SET value = kb_meta.value + 1`); err != nil {
		return fmt.Errorf("sqlkb: replace: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlkb: replace: %w", err)
	}
	return nil
}

// replace rewrites the rows that changed: entities and claims whose JSON
// differs from the stored one (by digest), those that are new, and those
// that are gone.
// Contradictions are few and rewritten whole.
func replace(ctx context.Context, tx wtx, k *kb.KB) error {
	if err := replaceEntities(ctx, tx, k.Entities); err != nil {
		return err
	}
	if err := replaceClaims(ctx, tx, k.Claims); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM kb_contradictions`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM kb_outlets`); err != nil {
		return err
	}
	for i, o := range k.Outlets {
		data, err := json.Marshal(o)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO kb_outlets(idx, data) VALUES (?, ?)`, i, data); err != nil {
			return err
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
	_, err := tx.ExecContext(ctx, `UPDATE kb_meta SET value = ? WHERE key = 'built'`, k.Gen)
	return err
}

// storedSums reads id → digest of the data of a knowledge-base table
// (kb_entities or kb_claims), from the index of digests.
func storedSums(ctx context.Context, tx wtx, table string) (map[string]string, error) {
	q := `SELECT id, sum FROM ` + table
	if tx.D.IndexHints {
		q += ` INDEXED BY ` + table + `_sum`
	}
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id string
		var sum []byte
		if err := rows.Scan(&id, &sum); err != nil {
			return nil, err
		}
		out[id] = string(sum)
	}
	return out, rows.Err()
}

// digest is the digest of a row's data that tells whether it changed.
func digest(data []byte) []byte {
	sum := sha256.Sum256(data)
	return sum[:16]
}

// stmts prepares statements in a transaction, closing them all at once.
type stmts struct {
	ctx  context.Context
	tx   wtx
	list []*sql.Stmt
	err  error
}

func (s *stmts) prepare(q string) *sql.Stmt {
	if s.err != nil {
		return nil
	}
	st, err := s.tx.PrepareContext(s.ctx, q)
	if err != nil {
		s.err = err
		return nil
	}
	s.list = append(s.list, st)
	return st
}

func (s *stmts) close() {
	for _, st := range s.list {
		st.Close()
	}
}

func replaceEntities(ctx context.Context, tx wtx, es []*kb.Entity) error {
	old, err := storedSums(ctx, tx, "kb_entities")
	if err != nil {
		return err
	}
	ss := &stmts{ctx: ctx, tx: tx}
	defer ss.close()
	del := ss.prepare(`DELETE FROM kb_entities WHERE id = ?`)
	delNames := ss.prepare(`DELETE FROM kb_names WHERE entity = ?`)
	put := ss.prepare(`INSERT INTO kb_entities(id, type, name, docs, data, sum) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, docs = excluded.docs, data = excluded.data, sum = excluded.sum`)
	name := ss.prepare(`INSERT INTO kb_names(name_key, entity) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	if ss.err != nil {
		return ss.err
	}
	for _, e := range es {
		data, err := json.Marshal(e)
		if err != nil {
			return err
		}
		sum := digest(data)
		prev, ok := old[e.ID]
		delete(old, e.ID)
		if ok && prev == string(sum) {
			continue
		}
		if _, err := put.ExecContext(ctx, e.ID, e.Type, e.Name, e.Docs(""), data, sum); err != nil {
			return err
		}
		if _, err := delNames.ExecContext(ctx, e.ID); err != nil {
			return err
		}
		for _, key := range kb.NameKeys(e) {
			if _, err := name.ExecContext(ctx, storedKey(tx.D, key), e.ID); err != nil {
				return err
			}
		}
	}
	for id := range old {
		if _, err := del.ExecContext(ctx, id); err != nil {
			return err
		}
		if _, err := delNames.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

func replaceClaims(ctx context.Context, tx wtx, cs []*kb.Claim) error {
	old, err := storedSums(ctx, tx, "kb_claims")
	if err != nil {
		return err
	}
	ss := &stmts{ctx: ctx, tx: tx}
	defer ss.close()
	del := ss.prepare(`DELETE FROM kb_claims WHERE id = ?`)
	delArgs := ss.prepare(`DELETE FROM kb_claim_entities WHERE claim = ?`)
	put := ss.prepare(`INSERT INTO kb_claims(id, type, first_day, data, status, modalities, confidence, sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET type = excluded.type, first_day = excluded.first_day, data = excluded.data,
		status = excluded.status, modalities = excluded.modalities, confidence = excluded.confidence, sum = excluded.sum`)
	arg := ss.prepare(`INSERT INTO kb_claim_entities(entity, claim) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	if ss.err != nil {
		return ss.err
	}
	for _, c := range cs {
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		sum := digest(data)
		prev, ok := old[c.ID]
		delete(old, c.ID)
		if ok && prev == string(sum) {
			continue
		}
		mods := "," + strings.Join(c.Modalities(), ",") + ","
		if _, err := put.ExecContext(ctx, c.ID, c.Type, c.Reports[0].Date, data, c.Status, mods, c.Confidence, sum); err != nil {
			return err
		}
		if _, err := delArgs.ExecContext(ctx, c.ID); err != nil {
			return err
		}
		for _, a := range c.Args {
			if a.Entity != "" {
				if _, err := arg.ExecContext(ctx, a.Entity, c.ID); err != nil {
					return err
				}
			}
		}
	}
	for id := range old {
		if _, err := del.ExecContext(ctx, id); err != nil {
			return err
		}
		if _, err := delArgs.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// storedKey is a name key as kb_names holds it: a database that takes no
// NUL byte in text (PostgreSQL) gets the word keys' leading NUL (kb.WordKey)
// as \x01, which sorts the same way.
func storedKey(d *sqldb.Dialect, key string) string {
	if d.NULInText {
		return key
	}
	return strings.ReplaceAll(key, "\x00", "\x01")
}

// Lookup returns the entities with the name or alias, else those with the
// name as one word of their name.
func (b *Backend) Lookup(ctx context.Context, name string) ([]*kb.Entity, error) {
	const q = `SELECT e.data FROM kb_names n JOIN kb_entities e ON e.id = n.entity
		WHERE n.name_key = ? ORDER BY e.docs DESC, e.id`
	key := kb.NameKey(name)
	es, err := b.entities(ctx, q, key)
	if err != nil || len(es) > 0 || strings.Contains(key, " ") {
		return es, err
	}
	return b.entities(ctx, q+` LIMIT ?`, storedKey(b.d, kb.WordKey(key)), kb.MaxWordMatches)
}

// Entity returns the entity with the id.
func (b *Backend) Entity(ctx context.Context, id string) (*kb.Entity, error) {
	es, err := b.entities(ctx, `SELECT data FROM kb_entities WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("sqlkb: entity %q: %w", id, kb.ErrNotFound)
	}
	return es[0], nil
}

// People lists person entities by name prefix, most documented first.
func (b *Backend) People(ctx context.Context, prefix string, limit, offset int) ([]*kb.Entity, int, error) {
	key := kb.NameKey(prefix)
	count := `SELECT COUNT(DISTINCT n.entity) FROM kb_names n JOIN kb_entities e ON e.id = n.entity
		WHERE e.type = 'person' AND n.name_key >= ? AND n.name_key < ?`
	named := `e.id IN (SELECT entity FROM kb_names WHERE name_key >= ? AND name_key < ?)`
	if key == "" {
		// every name matches: go through the people rather than the names
		named = `EXISTS (SELECT 1 FROM kb_names n WHERE n.entity = e.id AND n.name_key >= ? AND n.name_key < ?)`
		count = `SELECT COUNT(*) FROM kb_entities e WHERE e.type = 'person' AND ` + named
	}
	var total int
	if err := b.queryRow(ctx, count, key, key+"\uffff").Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlkb: people: %w", err)
	}
	var lim any = limit
	if limit <= 0 {
		lim = b.d.NoLimit
	}
	// page through ids first, then read only the page's rows
	es, err := b.entities(ctx, `SELECT data FROM kb_entities WHERE id IN
		(SELECT e.id FROM kb_entities e WHERE e.type = 'person' AND `+named+`
		ORDER BY e.docs DESC, e.id LIMIT ? OFFSET ?)
		ORDER BY docs DESC, id`, key, key+"\uffff", lim, offset)
	return es, total, err
}

func (b *Backend) entities(ctx context.Context, q string, args ...any) ([]*kb.Entity, error) {
	rows, err := b.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlkb: entities: %w", err)
	}
	defer rows.Close()
	var out []*kb.Entity
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("sqlkb: entities: %w", err)
		}
		e, err := b.entityRows.decode(data)
		if err != nil {
			return nil, fmt.Errorf("sqlkb: entities: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// ClaimsAbout returns the claims with the entity as an argument.
func (b *Backend) ClaimsAbout(ctx context.Context, entityID string) ([]*kb.Claim, error) {
	var out []*kb.Claim
	err := b.claims(ctx, func(c *kb.Claim) error { out = append(out, c); return nil },
		`SELECT c.data FROM kb_claim_entities x JOIN kb_claims c ON c.id = x.claim WHERE x.entity = ? ORDER BY x.claim`, entityID) // x.claim = c.id, in index order: no sort
	return out, err
}

// Claim returns the claim with the id.
func (b *Backend) Claim(ctx context.Context, id string) (*kb.Claim, error) {
	var out *kb.Claim
	err := b.claims(ctx, func(c *kb.Claim) error { out = c; return nil }, `SELECT data FROM kb_claims WHERE id = ?`, id)
	if err == nil && out == nil {
		err = fmt.Errorf("sqlkb: claim %q: %w", id, kb.ErrNotFound)
	}
	return out, err
}

// EachClaim calls fn for every claim in id order.
func (b *Backend) EachClaim(ctx context.Context, fn func(*kb.Claim) error) error {
	return b.claims(ctx, fn, `SELECT data FROM kb_claims ORDER BY id`)
}

func (b *Backend) claims(ctx context.Context, fn func(*kb.Claim) error, q string, args ...any) error {
	rows, err := b.query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("sqlkb: claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return fmt.Errorf("sqlkb: claims: %w", err)
		}
		c, err := b.claimRows.decode(data)
		if err != nil {
			return fmt.Errorf("sqlkb: claims: %w", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Contradictions returns the contradictions found at build time.
func (b *Backend) Contradictions(ctx context.Context) ([]kb.Contradiction, error) {
	rows, err := b.query(ctx, `SELECT data FROM kb_contradictions ORDER BY idx`)
	if err != nil {
		return nil, fmt.Errorf("sqlkb: contradictions: %w", err)
	}
	defer rows.Close()
	var out []kb.Contradiction
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("sqlkb: contradictions: %w", err)
		}
		var c kb.Contradiction
		if err := json.Unmarshal(data, &c); err != nil {
			return nil, fmt.Errorf("sqlkb: contradictions: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ListClaims lists the claims matching sel by their current status and
// confidence, in the order sel.Sort names.
func (b *Backend) ListClaims(ctx context.Context, sel kb.ClaimSelect) ([]*kb.Claim, int, error) {
	where := []string{"1 = 1"}
	var args []any
	if sel.Type != "" {
		where, args = append(where, "type = ?"), append(args, sel.Type)
	}
	if sel.Status != "" {
		where, args = append(where, "status = ?"), append(args, sel.Status)
	}
	if sel.Open {
		where = append(where, "status IN ('reported', 'rumored', 'disputed')")
	}
	if sel.Modality != "" {
		where, args = append(where, "modalities LIKE ?"), append(args, "%,"+sel.Modality+",%")
	}
	if sel.MinConfidence > 0 {
		where, args = append(where, "confidence >= ?"), append(args, sel.MinConfidence)
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := b.queryRow(ctx, `SELECT COUNT(*) FROM kb_claims WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlkb: claims: %w", err)
	}
	var limit any = sel.Limit
	if sel.Limit <= 0 {
		limit = b.d.NoLimit
	}
	order := "first_day DESC, id"
	if sel.Sort == kb.SortConfidence {
		order = "confidence DESC, " + order
	}
	var out []*kb.Claim
	err := b.claims(ctx, func(c *kb.Claim) error { out = append(out, c); return nil },
		`SELECT data FROM kb_claims WHERE id IN (SELECT id FROM kb_claims WHERE `+cond+`
		ORDER BY `+order+` LIMIT ? OFFSET ?) ORDER BY `+order, append(args, limit, sel.Offset)...)
	return out, total, err
}

// Outlets returns the track records computed at build time.
func (b *Backend) Outlets(ctx context.Context) ([]kb.OutletRecord, error) {
	rows, err := b.query(ctx, `SELECT data FROM kb_outlets ORDER BY idx`)
	if err != nil {
		return nil, fmt.Errorf("sqlkb: outlets: %w", err)
	}
	defer rows.Close()
	out := []kb.OutletRecord{}
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("sqlkb: outlets: %w", err)
		}
		var o kb.OutletRecord
		if err := json.Unmarshal(data, &o); err != nil {
			return nil, fmt.Errorf("sqlkb: outlets: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
