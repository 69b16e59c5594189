package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
)

// timeLayout is how times are written to the database.
const timeLayout = "2006-01-02T15:04:05.999999999Z07:00"

// Put stores doc and all its layers in one transaction. See store.Store.
func (s *Store) Put(ctx context.Context, doc *hearsay.Document) (store.PutResult, error) {
	if err := validate(doc); err != nil {
		return store.PutResult{}, fmt.Errorf("store %s: put %s: %w", s.name, doc.Source, err)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("store %s: put %s: %w", s.name, doc.Source, err)
	}
	defer tx.Rollback()
	if err := s.lockKeys(ctx, tx, doc.ID, store.SourceKey(doc)); err != nil {
		return store.PutResult{}, fmt.Errorf("store %s: put %s (%s): lock: %w", s.name, doc.Source, doc.ID, err)
	}
	res, err := s.put(ctx, wtx{tx: tx, cache: &s.stmts}, doc)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("store %s: put %s (%s): %w", s.name, doc.Source, doc.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return store.PutResult{}, fmt.Errorf("store %s: put %s (%s): commit: %w", s.name, doc.Source, doc.ID, err)
	}
	return res, nil
}

// lockKeys makes writers of other processes on the same keys wait until
// tx ends, when the dialect needs it.
func (s *Store) lockKeys(ctx context.Context, tx *sql.Tx, keys ...string) error {
	if s.dialect.LockKeys == nil {
		return nil
	}
	return s.dialect.LockKeys(ctx, tx, keys...)
}

// put decides what doc is (new, the same, a new version) and writes it.
func (s *Store) put(ctx context.Context, tx wtx, doc *hearsay.Document) (store.PutResult, error) {
	res := store.PutResult{ID: doc.ID}
	key := store.SourceKey(doc)
	var (
		oldKey       string
		supersededBy sql.NullString
	)
	err := tx.queryRow(ctx, `SELECT source_key, superseded_by, version FROM documents WHERE id = ?`, doc.ID).
		Scan(&oldKey, &supersededBy, &res.Version)
	found := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return res, err
	}
	if found && (!supersededBy.Valid || oldKey != key) {
		// The same content is stored and current (or stored under another
		// source, which does not make it a version of this one).
		res.Status = store.Unchanged
		return res, nil
	}
	prev, version, err := currentVersions(ctx, tx, key, doc.ID)
	if err != nil {
		return res, err
	}
	res.Version = version
	if found {
		// The source went back to content stored earlier: make it current again.
		if err := revive(ctx, tx, doc.ID, version); err != nil {
			return res, err
		}
	} else if err := s.insert(ctx, tx, doc, key, version); err != nil {
		return res, err
	}
	for _, old := range prev {
		if err := supersede(ctx, tx, old, doc.ID); err != nil {
			return res, err
		}
	}
	res.Status = store.Stored
	if found || len(prev) > 0 {
		res.Status = store.NewVersion
		res.Superseded = prev
	}
	return res, nil
}

// currentVersions returns the current documents stored under key (other than
// id) and the version number the next one gets.
func currentVersions(ctx context.Context, tx wtx, key, id string) (prev []string, next int, err error) {
	rows, err := tx.query(ctx, `SELECT id FROM documents WHERE source_key = ? AND superseded_by IS NULL AND id <> ? ORDER BY id`, key, id)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, 0, err
		}
		prev = append(prev, p)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if err := tx.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE source_key = ?`, key).Scan(&next); err != nil {
		return nil, 0, err
	}
	return prev, next, nil
}

// revive makes a superseded document current again, as version version.
func revive(ctx context.Context, tx wtx, id string, version int) error {
	if err := tx.exec(ctx, `UPDATE documents SET superseded_by = NULL, version = ? WHERE id = ?`, version, id); err != nil {
		return err
	}
	err := tx.exec(ctx, `UPDATE facts SET superseded_by = NULL WHERE doc_id = ?`, id)
	return err
}

// supersede marks document old and its facts as replaced by document by.
func supersede(ctx context.Context, tx wtx, old, by string) error {
	if err := tx.exec(ctx, `UPDATE documents SET superseded_by = ? WHERE id = ?`, by, old); err != nil {
		return err
	}
	err := tx.exec(ctx, `UPDATE facts SET superseded_by = ? WHERE doc_id = ?`, by, old)
	return err
}

// insert writes a new document row and every layer.
func (s *Store) insert(ctx context.Context, tx wtx, doc *hearsay.Document, key string, version int) error {
	if err := tx.exec(ctx, `INSERT INTO documents
		(id, source, line, source_key, url, outlet, title, date, day, text, body_start, body_end, layers, version, superseded_by, ingested_at, analyzer)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
		doc.ID, doc.Source, doc.Line, key, doc.URL, doc.Outlet, doc.Title,
		doc.Date.Format(timeLayout), doc.DateString(), doc.Text, doc.Body.Start, doc.Body.End,
		layerList(doc), version, nowString(s), s.analyzer); err != nil {
		return err
	}
	if err := tx.exec(ctx, `INSERT INTO documents_fts(doc_id, title, body) VALUES (?, ?, ?)`,
		doc.ID, doc.Title, doc.Text[doc.Body.Start:doc.Body.End]); err != nil {
		return err
	}
	return s.insertLayers(ctx, tx, doc)
}

// layerList is the comma-separated list of doc's filled layers, as the
// documents table keeps it.
func layerList(doc *hearsay.Document) string {
	layers := make([]string, 0, len(doc.Layers()))
	for _, l := range doc.Layers() {
		layers = append(layers, string(l))
	}
	return strings.Join(layers, ",")
}

// insertLayers writes the rows of every annotation layer of doc.
func (s *Store) insertLayers(ctx context.Context, tx wtx, doc *hearsay.Document) error {
	if len(doc.Tokens) > 0 {
		data, err := s.deflater.deflate(packTokens(doc.Tokens))
		if err != nil {
			return fmt.Errorf("tokens: %w", err)
		}
		if err := tx.exec(ctx, `INSERT INTO tokens(doc_id, count, encoding, data) VALUES (?, ?, ?, ?)`,
			doc.ID, len(doc.Tokens), tokensDeflate, data); err != nil {
			return err
		}
	}
	for _, b := range layerRows(doc) {
		if err := b.flush(ctx, tx); err != nil {
			return fmt.Errorf("%s: %w", b.table, err)
		}
	}
	return nil
}

// layerRows turns every layer of doc except tokens into table rows.
func layerRows(doc *hearsay.Document) []*batch {
	id := doc.ID
	warnings := newBatch("warnings", "doc_id", "idx", "message")
	for i, w := range doc.Warnings {
		warnings.add(id, i, w)
	}
	skips := newBatch("skips", "doc_id", "idx", "start_byte", "end_byte", "kind")
	for i, sk := range doc.Skips {
		skips.add(id, i, sk.Start, sk.End, sk.Kind)
	}
	sentences := newBatch("sentences", "doc_id", "idx", "start_byte", "end_byte", "first_token", "end_token")
	for i, se := range doc.Sentences {
		sentences.add(id, i, se.Start, se.End, se.FirstToken, se.EndToken)
	}
	timexes := newBatch("timexes", "doc_id", "idx", "start_byte", "end_byte", "text", "type", "value", "mod",
		"earliest", "latest", "anaphoric", "sentence", "rule")
	for i, t := range doc.Timexes {
		timexes.add(id, i, t.Start, t.End, t.Text, string(t.Type), t.Value, t.Mod, t.Earliest, t.Latest,
			t.Anaphoric, t.Sentence, t.Rule)
	}
	return append([]*batch{warnings, skips, sentences, timexes}, append(entityRows(doc), factRows(doc)...)...)
}

// entityRows turns entities and mentions into table rows, each parent table
// before the tables whose foreign keys point at it.
func entityRows(doc *hearsay.Document) []*batch {
	id := doc.ID
	entities := newBatch("entities", "doc_id", "idx", "eid", "type", "name", "unnamed", "kind",
		"age_years", "age_at", "age_start", "age_end", "has_birth", "birth_earliest", "birth_latest")
	aliases := newBatch("entity_aliases", "doc_id", "entity", "idx", "alias")
	emen := newBatch("entity_mentions", "doc_id", "entity", "idx", "mention")
	for i, e := range doc.Entities {
		var years, ageStart, ageEnd sql.NullInt64
		var ageAt sql.NullString
		if e.Age != nil {
			years = sql.NullInt64{Int64: int64(e.Age.Years), Valid: true}
			ageAt = sql.NullString{String: e.Age.At, Valid: true}
			ageStart = sql.NullInt64{Int64: int64(e.Age.Span.Start), Valid: true}
			ageEnd = sql.NullInt64{Int64: int64(e.Age.Span.End), Valid: true}
		}
		var birth hearsay.Interval
		if e.Birth != nil {
			birth = *e.Birth
		}
		entities.add(id, i, e.ID, string(e.Type), e.Name, e.Unnamed, e.Kind,
			years, ageAt, ageStart, ageEnd, e.Birth != nil, birth.Earliest, birth.Latest)
		for j, a := range e.Aliases {
			aliases.add(id, i, j, a)
		}
		for j, m := range e.Mentions {
			emen.add(id, i, j, m)
		}
	}
	mentions := newBatch("mentions", "doc_id", "idx", "start_byte", "end_byte", "text", "type", "kind",
		"entity", "sentence", "rule")
	members := newBatch("mention_members", "doc_id", "mention", "idx", "entity")
	for i, m := range doc.Mentions {
		mentions.add(id, i, m.Start, m.End, m.Text, string(m.Type), string(m.Kind), m.Entity, m.Sentence, m.Rule)
		for j, e := range m.Members {
			members.add(id, i, j, e)
		}
	}
	return []*batch{entities, aliases, emen, mentions, members}
}

// factRows turns facts and their arguments, sources, evidence and
// qualifiers into table rows.
func factRows(doc *hearsay.Document) []*batch {
	id := doc.ID
	facts := newBatch("facts", "doc_id", "idx", "fid", "type", "modality", "polarity", "derived", "reason",
		"rule", "sentence", "trigger_start", "trigger_end", "has_time", "time_value", "time_mod",
		"time_earliest", "time_latest", "time_start", "time_end", "time_start_mod", "time_end_mod", "time_timex", "confidence")
	args := newBatch("fact_args", "doc_id", "fact", "idx", "entity", "literal")
	sources := newBatch("fact_sources", "doc_id", "fact", "pos", "text", "kind", "entity", "start_byte", "end_byte")
	evidence := newBatch("fact_evidence", "doc_id", "fact", "pos", "sentence")
	quals := newBatch("fact_qualifiers", "doc_id", "fact", "key", "value")
	for i, f := range doc.Facts {
		t := hearsay.FactTime{Timex: -1}
		if f.Time != nil {
			t = *f.Time
		}
		facts.add(id, i, f.ID, f.Type, string(f.Modality), string(f.Polarity), f.Derived, f.Reason, f.Rule,
			f.Sentence, f.Trigger.Start, f.Trigger.End, f.Time != nil, t.Value, t.Mod, t.Earliest, t.Latest,
			t.Start, t.End, t.StartMod, t.EndMod, t.Timex, f.Confidence)
		for j, a := range f.Args {
			args.add(id, i, j, a.Entity, a.Literal)
		}
		for j, src := range f.Sources {
			sources.add(id, i, j, src.Text, string(src.Kind), src.Entity, src.Span.Start, src.Span.End)
		}
		for j, e := range f.Evidence {
			evidence.add(id, i, j, e)
		}
		keys := make([]string, 0, len(f.Qualifiers))
		for k := range f.Qualifiers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			quals.add(id, i, k, f.Qualifiers[k])
		}
	}
	return []*batch{facts, args, sources, evidence, quals}
}

// packTokens encodes tokens one per line: "start\tend\tsentence\tUPOS\tXPOS\tNER".
func packTokens(toks []hearsay.Token) string {
	var b strings.Builder
	b.Grow(len(toks) * 20)
	for _, t := range toks {
		b.WriteString(strconv.Itoa(t.Start))
		b.WriteByte('\t')
		b.WriteString(strconv.Itoa(t.End))
		b.WriteByte('\t')
		b.WriteString(strconv.Itoa(t.Sentence))
		b.WriteByte('\t')
		b.WriteString(t.UPOS)
		b.WriteByte('\t')
		b.WriteString(t.XPOS)
		b.WriteByte('\t')
		b.WriteString(t.NER)
		b.WriteByte('\n')
	}
	return b.String()
}

// A batch collects rows for one table and inserts them with prepared
// INSERT statements: one row per statement, or, when the dialect takes
// MultiRow rows, as many as it can per statement (chunks of a power of two
// rows, so that few statements are ever prepared).
type batch struct {
	table string
	cols  []string
	args  []any
}

func newBatch(table string, cols ...string) *batch { return &batch{table: table, cols: cols} }

// add appends one row; vals must match the columns.
func (b *batch) add(vals ...any) { b.args = append(b.args, vals...) }

// flush inserts the collected rows.
func (b *batch) flush(ctx context.Context, tx wtx) error {
	n := len(b.cols)
	for args := b.args; len(args) > 0; {
		rows := min(len(args)/n, max(tx.cache.D.MultiRow, 1))
		for rows&(rows-1) != 0 { // down to a power of two
			rows &= rows - 1
		}
		st, err := tx.stmt(ctx, b.insertSQL(rows))
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args[:rows*n]...); err != nil {
			return err
		}
		args = args[rows*n:]
	}
	return nil
}

// insertSQL is "INSERT INTO table(cols) VALUES (?,...)" with rows rows.
func (b *batch) insertSQL(rows int) string {
	row := "(" + strings.Repeat("?,", len(b.cols)-1) + "?)"
	return "INSERT INTO " + b.table + "(" + strings.Join(b.cols, ",") + ") VALUES " +
		strings.Repeat(row+",", rows-1) + row
}

// validate checks what the store relies on: an id, and every span inside
// the text.
func validate(doc *hearsay.Document) error {
	if doc.ID == "" {
		return errors.New("document has no id")
	}
	n := len(doc.Text)
	bad := func(what string, i int, s hearsay.Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > n {
			return fmt.Errorf("%s %d: span [%d,%d) outside the text (%d bytes)", what, i, s.Start, s.End, n)
		}
		return nil
	}
	if err := bad("body", 0, doc.Body); err != nil {
		return err
	}
	for i, x := range doc.Skips {
		if err := bad("skip", i, x.Span); err != nil {
			return err
		}
	}
	for i, x := range doc.Sentences {
		if err := bad("sentence", i, x.Span); err != nil {
			return err
		}
	}
	for i, x := range doc.Tokens {
		if err := bad("token", i, x.Span); err != nil {
			return err
		}
		if strings.ContainsAny(x.UPOS+x.XPOS+x.NER, "\t\n") {
			return fmt.Errorf("token %d: a tag holds a tab or a newline", i)
		}
	}
	for i, x := range doc.Timexes {
		if err := bad("timex", i, x.Span); err != nil {
			return err
		}
	}
	for i, x := range doc.Mentions {
		if err := bad("mention", i, x.Span); err != nil {
			return err
		}
	}
	return nil
}
