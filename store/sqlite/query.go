package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/store"
)

// Has reports whether id is stored and current. See store.Store.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	st, err := s.stmts.get(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = ? AND superseded_by IS NULL)`)
	if err != nil {
		return false, fmt.Errorf("store %s: has %s: %w", s.path, id, err)
	}
	var ok bool
	if err := st.QueryRowContext(ctx, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("store %s: has %s: %w", s.path, id, err)
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
		where = append(where, "d.outlet = ?")
		args = append(args, f.Outlet)
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
		d.ingested_at, d.analyzer, length(CAST(d.text AS BLOB)),
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
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
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
			return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
		}
		if d.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
		}
		if d.IngestedAt, err = parseTime(ingested); err != nil {
			return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
	}
	return out, nil
}

// Search runs a full-text query over titles and bodies of current
// documents. The query is a list of words, each of which must occur
// (diacritics and case are ignored; a word ending in * matches as a prefix);
// "double-quoted phrases" must occur as written. See store.Store.
func (s *Store) Search(ctx context.Context, query string, limit, offset int) ([]store.Hit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.source, d.outlet, d.title, d.date,
		snippet(documents_fts, 2, '[', ']', '…', 16), -bm25(documents_fts)
		FROM documents_fts f JOIN documents d ON d.id = f.doc_id
		WHERE documents_fts MATCH ? AND d.superseded_by IS NULL
		ORDER BY bm25(documents_fts), d.id LIMIT ? OFFSET ?`, match, limit, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var (
			h    store.Hit
			date string
		)
		if err := rows.Scan(&h.ID, &h.Source, &h.Outlet, &h.Title, &date, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
		}
		if h.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: search %q: %w", s.path, query, err)
	}
	return hits, nil
}

// ftsQuery turns a user query into an FTS5 query that cannot be a syntax
// error: every word and every "quoted phrase" becomes a quoted FTS5 string
// (a trailing * on a word is kept as a prefix match), and all must match.
func ftsQuery(q string) string {
	var terms []string
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 { // inside quotes: a phrase
			if strings.TrimSpace(part) != "" {
				terms = append(terms, quote(part))
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			prefix := strings.HasSuffix(w, "*")
			w = strings.TrimRight(w, "*")
			if !hasWordChar(w) {
				continue
			}
			t := quote(w)
			if prefix {
				t += "*"
			}
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " AND ")
}

// hasWordChar reports whether s has a letter or digit, the only characters
// the full-text tokenizer indexes.
func hasWordChar(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			return true
		}
	}
	return false
}
