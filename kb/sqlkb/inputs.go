package sqlkb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/sqldb"
)

// Inputs calls fn for every current document, in id order, with its
// entities, facts and the sentences its facts rest on, and returns the
// document generation it saw. It works in one transaction: it first
// brings the store's cache of inputs (kb_inputs) up to date, reading only
// the documents that changed since the last call (all of them when fresh
// is set, when there is no cache yet, or when most changed), then reads
// the cache.
func (b *Backend) Inputs(ctx context.Context, fresh bool, fn func(*kb.Input) error) (int64, error) {
	tx, done, err := b.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("sqlkb: inputs: %w", err)
	}
	defer done()
	defer tx.Rollback()
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM kb_meta WHERE key = 'gen'`).Scan(&gen); err != nil {
		return 0, fmt.Errorf("sqlkb: inputs: %w", err)
	}
	ins, err := syncInputs(ctx, wtx{Tx: tx, D: b.d}, fresh)
	if err != nil {
		return 0, fmt.Errorf("sqlkb: inputs: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlkb: inputs: %w", err)
	}
	for _, in := range ins {
		if err := fn(in); err != nil {
			return 0, err
		}
	}
	return gen, nil
}

// maxChangedShare is the share of the cached documents above which the
// cache is filled again from every document rather than changed document
// by document (one table scan per layer beats seven queries per document).
const maxChangedShare = 4

// syncInputs brings kb_inputs up to date with the documents and returns
// every cached input, in document id order.
func syncInputs(ctx context.Context, tx wtx, fresh bool) ([]*kb.Input, error) {
	var pos, last, cached, changed int64
	err := tx.QueryRowContext(ctx, `SELECT
		COALESCE((SELECT value FROM kb_meta WHERE key = 'inputs'), -1),
		COALESCE((SELECT MAX(seq) FROM kb_changes), 0),
		(SELECT COUNT(*) FROM kb_inputs)`).Scan(&pos, &last, &cached)
	if err != nil {
		return nil, err
	}
	filled := pos >= 0 // 'inputs' is set once the cache was filled
	if filled && !fresh {
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(DISTINCT doc_id) FROM kb_changes WHERE seq > ?`, pos).Scan(&changed); err != nil {
			return nil, err
		}
	}
	if fresh || !filled || changed > 64 && changed*maxChangedShare > cached {
		return fillInputs(ctx, tx, last)
	}
	ins, err := cachedInputs(ctx, tx)
	if errors.Is(err, errBadInput) {
		return fillInputs(ctx, tx, last)
	}
	if err != nil || changed == 0 {
		return ins, err
	}
	return applyChanges(ctx, tx, ins, pos, last)
}

// fillInputs reads every current document's input from its layers and
// writes the cache anew, up to change last.
func fillInputs(ctx context.Context, tx wtx, last int64) ([]*kb.Input, error) {
	r := newReader(ctx, tx, "")
	if err := r.read(); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM kb_inputs`); err != nil {
		return nil, err
	}
	put, err := tx.PrepareContext(ctx, `INSERT INTO kb_inputs(doc_id, data) VALUES (?, ?)`)
	if err != nil {
		return nil, err
	}
	defer put.Close()
	var buf []byte
	for _, in := range r.order {
		buf = encodeInput(buf[:0], in)
		if _, err := put.ExecContext(ctx, in.Doc, buf); err != nil {
			return nil, err
		}
	}
	return r.order, markApplied(ctx, tx, last)
}

// markApplied records that the cache holds every change up to last and
// drops those changes from the log.
func markApplied(ctx context.Context, tx wtx, last int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO kb_meta(key, value) VALUES ('inputs', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, last); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM kb_changes WHERE seq <= ?`, last)
	return err
}

// cachedInputs decodes every row of kb_inputs, in document id order.
func cachedInputs(ctx context.Context, tx wtx) ([]*kb.Input, error) {
	rows, err := tx.QueryContext(ctx, `SELECT data FROM kb_inputs`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kb.Input
	for rows.Next() {
		var data sql.RawBytes
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		in, err := decodeInput(data)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortInputs(out)
	return out, nil
}

func sortInputs(ins []*kb.Input) {
	sort.Slice(ins, func(i, j int) bool { return ins[i].Doc < ins[j].Doc })
}

// applyChanges reads again the documents logged as changed after pos (up
// to last), updates their cache rows (deleting those of documents no
// longer current) and returns ins with the same changes.
func applyChanges(ctx context.Context, tx wtx, ins []*kb.Input, pos, last int64) ([]*kb.Input, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT doc_id FROM kb_changes WHERE seq > ? AND seq <= ? ORDER BY doc_id`, pos, last)
	if err != nil {
		return nil, err
	}
	var docs []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		docs = append(docs, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	byDoc := make(map[string]*kb.Input, len(ins))
	for _, in := range ins {
		byDoc[in.Doc] = in
	}
	put, err := tx.PrepareContext(ctx, `INSERT INTO kb_inputs(doc_id, data) VALUES (?, ?)
		ON CONFLICT(doc_id) DO UPDATE SET data = excluded.data`)
	if err != nil {
		return nil, err
	}
	defer put.Close()
	del, err := tx.PrepareContext(ctx, `DELETE FROM kb_inputs WHERE doc_id = ?`)
	if err != nil {
		return nil, err
	}
	defer del.Close()
	var buf []byte
	for _, doc := range docs {
		r := newReader(ctx, tx, doc)
		if err := r.read(); err != nil {
			return nil, err
		}
		if len(r.order) == 0 {
			// superseded or deleted
			delete(byDoc, doc)
			if _, err := del.ExecContext(ctx, doc); err != nil {
				return nil, err
			}
			continue
		}
		in := r.order[0]
		byDoc[doc] = in
		buf = encodeInput(buf[:0], in)
		if _, err := put.ExecContext(ctx, doc, buf); err != nil {
			return nil, err
		}
	}
	out := make([]*kb.Input, 0, len(byDoc))
	for _, in := range byDoc {
		out = append(out, in)
	}
	sortInputs(out)
	return out, markApplied(ctx, tx, last)
}

// wtx is a transaction whose statements are rebound for the store's dialect.
type wtx = sqldb.Tx

// reader loads the layers the knowledge base needs, table by table, of
// every current document or of one (doc).
type reader struct {
	ctx   context.Context
	tx    wtx
	doc   string // the one document to read; "" for all
	docs  map[string]*kb.Input
	order []*kb.Input
}

func newReader(ctx context.Context, tx wtx, doc string) *reader {
	return &reader{ctx: ctx, tx: tx, doc: doc, docs: map[string]*kb.Input{}}
}

// read runs every step.
func (r *reader) read() error {
	steps := []func() error{r.documents, r.entities, r.aliases, r.facts, r.args, r.sources, r.sentences}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
		if len(r.order) == 0 {
			return nil
		}
	}
	return nil
}

const current = ` JOIN documents d ON d.id = t.doc_id WHERE d.superseded_by IS NULL `

// each runs q, restricted to r.doc when set: where is the condition on the
// query's document id column, inserted before "ORDER BY".
func (r *reader) each(q, where string, scan func(rows *sql.Rows) error) error {
	var args []any
	if r.doc != "" {
		i := strings.LastIndex(q, "ORDER BY")
		q = q[:i] + "AND " + where + " = ? " + q[i:]
		args = append(args, r.doc)
	}
	return r.tx.Each(r.ctx, q, args, scan)
}

func (r *reader) documents() error {
	return r.each(`SELECT id, day, outlet FROM documents WHERE superseded_by IS NULL ORDER BY id`, "id", func(rows *sql.Rows) error {
		in := &kb.Input{}
		if err := rows.Scan(&in.Doc, &in.Date, &in.Outlet); err != nil {
			return err
		}
		r.docs[in.Doc] = in
		r.order = append(r.order, in)
		return nil
	})
}

func (r *reader) entities() error {
	return r.each(`SELECT t.doc_id, t.eid, t.type, t.name, t.unnamed, t.kind, t.age_years, t.age_at, t.age_start, t.age_end,
		t.has_birth, t.birth_earliest, t.birth_latest
		FROM entities t`+current+`ORDER BY t.doc_id, t.idx`, "t.doc_id", func(rows *sql.Rows) error {
		var (
			doc     string
			e       hearsay.Entity
			unnamed bool
			years   sql.NullInt64
			at      sql.NullString
			as, ae  sql.NullInt64
			hasB    bool
			be, bl  string
		)
		if err := rows.Scan(&doc, &e.ID, &e.Type, &e.Name, &unnamed, &e.Kind, &years, &at, &as, &ae, &hasB, &be, &bl); err != nil {
			return err
		}
		e.Unnamed = unnamed
		if years.Valid {
			e.Age = &hearsay.Age{Years: int(years.Int64), At: at.String, Span: hearsay.Span{Start: int(as.Int64), End: int(ae.Int64)}}
		}
		if hasB {
			e.Birth = &hearsay.Interval{Earliest: be, Latest: bl}
		}
		in := r.docs[doc]
		in.Entities = append(in.Entities, e)
		return nil
	})
}

func (r *reader) aliases() error {
	return r.each(`SELECT t.doc_id, t.entity, t.alias FROM entity_aliases t`+current+`ORDER BY t.doc_id, t.entity, t.idx`, "t.doc_id", func(rows *sql.Rows) error {
		var (
			doc, alias string
			ent        int
		)
		if err := rows.Scan(&doc, &ent, &alias); err != nil {
			return err
		}
		in := r.docs[doc]
		if ent >= 0 && ent < len(in.Entities) {
			in.Entities[ent].Aliases = append(in.Entities[ent].Aliases, alias)
		}
		return nil
	})
}

func (r *reader) facts() error {
	return r.each(`SELECT t.doc_id, t.fid, t.type, t.modality, t.polarity, t.derived, t.sentence, t.confidence, t.has_time,
		t.time_value, t.time_mod, t.time_earliest, t.time_latest, t.time_start, t.time_end, t.time_start_mod, t.time_end_mod
		FROM facts t`+current+`AND t.superseded_by IS NULL ORDER BY t.doc_id, t.idx`, "t.doc_id", func(rows *sql.Rows) error {
		var (
			doc     string
			f       hearsay.Fact
			hasTime bool
			t       hearsay.FactTime
		)
		if err := rows.Scan(&doc, &f.ID, &f.Type, &f.Modality, &f.Polarity, &f.Derived, &f.Sentence, &f.Confidence, &hasTime,
			&t.Value, &t.Mod, &t.Earliest, &t.Latest, &t.Start, &t.End, &t.StartMod, &t.EndMod); err != nil {
			return err
		}
		if hasTime {
			t.Timex = -1
			f.Time = &t
		}
		in := r.docs[doc]
		in.Facts = append(in.Facts, f)
		return nil
	})
}

// fact returns fact i of doc, nil when out of range.
func (r *reader) fact(doc string, i int) *hearsay.Fact {
	in := r.docs[doc]
	if in == nil || i < 0 || i >= len(in.Facts) {
		return nil
	}
	return &in.Facts[i]
}

func (r *reader) args() error {
	return r.each(`SELECT t.doc_id, t.fact, t.entity, t.literal FROM fact_args t`+current+`ORDER BY t.doc_id, t.fact, t.idx`, "t.doc_id", func(rows *sql.Rows) error {
		var (
			doc string
			fi  int
			a   hearsay.Arg
		)
		if err := rows.Scan(&doc, &fi, &a.Entity, &a.Literal); err != nil {
			return err
		}
		if f := r.fact(doc, fi); f != nil {
			f.Args = append(f.Args, a)
		}
		return nil
	})
}

func (r *reader) sources() error {
	return r.each(`SELECT t.doc_id, t.fact, t.text, t.kind, t.entity FROM fact_sources t`+current+`ORDER BY t.doc_id, t.fact, t.pos`, "t.doc_id", func(rows *sql.Rows) error {
		var (
			doc string
			fi  int
			s   hearsay.Source
		)
		if err := rows.Scan(&doc, &fi, &s.Text, &s.Kind, &s.Entity); err != nil {
			return err
		}
		if f := r.fact(doc, fi); f != nil {
			f.Sources = append(f.Sources, s)
		}
		return nil
	})
}

// sentences loads the text of the sentences facts rest on and of those
// that state an age.
func (r *reader) sentences() error {
	return r.each(`SELECT s.doc_id, s.idx, s.start_byte, s.end_byte, `+fmt.Sprintf(r.tx.D.TextBytes, "d.text", "s.start_byte", "s.end_byte - s.start_byte")+`
		FROM sentences s JOIN documents d ON d.id = s.doc_id
		WHERE d.superseded_by IS NULL AND (EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = s.doc_id AND f.sentence = s.idx)
			OR EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = s.doc_id AND e.age_end > e.age_start
				AND e.age_start >= s.start_byte AND e.age_start < s.end_byte))
		ORDER BY s.doc_id, s.idx`, "s.doc_id", func(rows *sql.Rows) error {
		var (
			doc  string
			idx  int
			sp   hearsay.Span
			text []byte
		)
		if err := rows.Scan(&doc, &idx, &sp.Start, &sp.End, &text); err != nil {
			return err
		}
		in := r.docs[doc]
		for len(in.Sentences) <= idx {
			in.Sentences = append(in.Sentences, kb.InputSentence{})
		}
		in.Sentences[idx] = kb.InputSentence{Text: string(text), Span: sp}
		return nil
	})
}
