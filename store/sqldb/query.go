package sqldb

import (
	"context"
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/store"
)

// Has reports whether id is stored and current. See store.Store.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	st, err := s.stmts.Get(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = ? AND superseded_by IS NULL)`)
	if err != nil {
		return false, fmt.Errorf("store %s: has %s: %w", s.name, id, err)
	}
	var ok bool
	if err := st.QueryRowContext(ctx, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("store %s: has %s: %w", s.name, id, err)
	}
	return ok, nil
}

// Documents lists stored documents matching f. See store.Store.
func (s *Store) Documents(ctx context.Context, f store.DocFilter) ([]store.DocInfo, error) {
	var (
		where []string
		args  []any
	)
	if !f.Superseded {
		where = append(where, "d.superseded_by IS NULL")
	}
	if f.Outlet != "" {
		// The outlets are compared here rather than by the database,
		// whose LOWER folds only ASCII letters in SQLite and depends on
		// the locale in PostgreSQL: the names stored that match are
		// then selected as written.
		names, err := s.outletsNamed(ctx, f.Outlet)
		if err != nil {
			return nil, err
		}
		if len(names) == 0 {
			return nil, nil
		}
		where = append(where, "d.outlet IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(names)), ", ")+")")
		for _, n := range names {
			args = append(args, n)
		}
	}
	if !f.Since.IsZero() {
		where = append(where, "d.day >= ?")
		args = append(args, f.Since.Format("2006-01-02"))
	}
	if !f.Until.IsZero() {
		where = append(where, "d.day <= ?")
		args = append(args, f.Until.Format("2006-01-02"))
	}
	if f.IDPrefix != "" {
		// A range on the primary key: every id with the prefix sorts
		// between the prefix and the prefix followed by the largest code
		// point.
		where = append(where, "d.id >= ? AND d.id < ?")
		args = append(args, f.IDPrefix, f.IDPrefix+"\U0010FFFF")
	}
	if f.Source != "" {
		where = append(where, "d.source = ?")
		args = append(args, f.Source)
	}
	q := `SELECT d.id, d.source, d.line, d.url, d.outlet, d.title, d.date, d.version, COALESCE(d.superseded_by, ''),
		d.ingested_at, d.analyzer, octet_length(d.text),
		(SELECT COUNT(*) FROM sentences x WHERE x.doc_id = d.id),
		(SELECT COUNT(*) FROM timexes x WHERE x.doc_id = d.id),
		(SELECT COUNT(*) FROM entities x WHERE x.doc_id = d.id),
		(SELECT COUNT(*) FROM facts x WHERE x.doc_id = d.id)
		FROM documents d`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY d.day DESC, d.id"
	if f.Limit > 0 || f.Offset > 0 {
		var limit any = f.Limit
		if f.Limit <= 0 {
			limit = s.dialect.NoLimit
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, s.dialect.Rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.name, err)
	}
	defer rows.Close()
	var out []store.DocInfo
	for rows.Next() {
		var (
			d              store.DocInfo
			date, ingested string
		)
		if err := rows.Scan(&d.ID, &d.Source, &d.Line, &d.URL, &d.Outlet, &d.Title, &date, &d.Version,
			&d.SupersededBy, &ingested, &d.Analyzer, &d.Bytes, &d.Sentences, &d.Timexes, &d.Entities, &d.Facts); err != nil {
			return nil, fmt.Errorf("store %s: documents: %w", s.name, err)
		}
		if d.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("store %s: documents: %w", s.name, err)
		}
		if d.IngestedAt, err = parseTime(ingested); err != nil {
			return nil, fmt.Errorf("store %s: documents: %w", s.name, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.name, err)
	}
	return out, nil
}

// Search runs a full-text query over titles and bodies of current
// documents, in the dialect's full-text index. The query is a list of
// words, each of which must occur (diacritics and case are ignored; a word
// ending in * matches as a prefix); "double-quoted phrases" must occur as
// written. See store.Store.
func (s *Store) Search(ctx context.Context, query string, limit, offset int) ([]store.Hit, error) {
	match := s.dialect.SearchQuery(query)
	if match == "" {
		return nil, nil
	}
	var lim any = limit
	if limit <= 0 {
		lim = s.dialect.NoLimit
	}
	rows, err := s.db.QueryContext(ctx, s.dialect.Rebind(s.dialect.SearchSQL), match, lim, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("store %s: search %q: %w", s.name, query, err)
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var (
			h    store.Hit
			date string
		)
		if err := rows.Scan(&h.ID, &h.Source, &h.Outlet, &h.Title, &date, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("store %s: search %q: %w", s.name, query, err)
		}
		if h.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("store %s: search %q: %w", s.name, query, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: search %q: %w", s.name, query, err)
	}
	return hits, nil
}

// HasWordChar reports whether s has a letter or digit, the only characters
// the full-text indexes index: a query term without one is left out.
func HasWordChar(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			return true
		}
	}
	return false
}

// A Term is one part of a user's search query: a word (possibly a prefix)
// or a quoted phrase.
type Term struct {
	Text   string
	Phrase bool // "a phrase": its words in this order
	Prefix bool // word*: any word starting with Text
}

// Terms splits a user's search query into terms, every one of which must
// match: "quoted phrases" and words, a trailing * on a word making it a
// prefix. Words and phrases without a letter or digit are left out, so
// that no query is a syntax error in any dialect.
func Terms(q string) []Term {
	var terms []Term
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 { // inside quotes: a phrase
			if HasWordChar(part) {
				terms = append(terms, Term{Text: part, Phrase: true})
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			prefix := strings.HasSuffix(w, "*")
			w = strings.TrimRight(w, "*")
			if !HasWordChar(w) {
				continue
			}
			terms = append(terms, Term{Text: w, Prefix: prefix})
		}
	}
	return terms
}

// outletsNamed returns the outlet names, as stored, that name the same
// outlet as name (store.OutletKey), of current and superseded documents.
func (s *Store) outletsNamed(ctx context.Context, name string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT outlet FROM documents`)
	if err != nil {
		return nil, fmt.Errorf("store %s: documents of outlet %q: %w", s.name, name, err)
	}
	defer rows.Close()
	key := store.OutletKey(name)
	var names []string
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			return nil, fmt.Errorf("store %s: documents of outlet %q: %w", s.name, name, err)
		}
		if o != "" && store.OutletKey(o) == key {
			names = append(names, o)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: documents of outlet %q: %w", s.name, name, err)
	}
	return names, nil
}
