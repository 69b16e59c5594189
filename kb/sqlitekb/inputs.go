package sqlitekb

import (
	"context"
	"database/sql"
	"fmt"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
)

// Inputs calls fn for every current document, in id order, with its
// entities, facts and the sentences its facts rest on. It reads in one
// transaction and returns the document generation it saw.
func (b *Backend) Inputs(ctx context.Context, fn func(*kb.Input) error) (int64, error) {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlitekb: inputs: %w", err)
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM kb_meta WHERE key = 'gen'`).Scan(&gen); err != nil {
		return 0, fmt.Errorf("sqlitekb: inputs: %w", err)
	}
	r := &reader{ctx: ctx, tx: tx, docs: map[string]*kb.Input{}}
	steps := []func() error{r.documents, r.entities, r.aliases, r.facts, r.args, r.sources, r.sentences}
	for _, step := range steps {
		if err := step(); err != nil {
			return 0, fmt.Errorf("sqlitekb: inputs: %w", err)
		}
	}
	for _, in := range r.order {
		if err := fn(in); err != nil {
			return 0, err
		}
	}
	return gen, nil
}

// reader loads the layers the knowledge base needs, table by table.
type reader struct {
	ctx   context.Context
	tx    *sql.Tx
	docs  map[string]*kb.Input
	order []*kb.Input
}

const current = ` JOIN documents d ON d.id = t.doc_id WHERE d.superseded_by IS NULL `

func (r *reader) each(q string, scan func(rows *sql.Rows) error) error {
	rows, err := r.tx.QueryContext(r.ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (r *reader) documents() error {
	return r.each(`SELECT id, day, outlet FROM documents WHERE superseded_by IS NULL ORDER BY id`, func(rows *sql.Rows) error {
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
	return r.each(`SELECT t.doc_id, t.eid, t.type, t.name, t.unnamed, t.kind, t.age_years, t.age_at, t.has_birth, t.birth_earliest, t.birth_latest
		FROM entities t`+current+`ORDER BY t.doc_id, t.idx`, func(rows *sql.Rows) error {
		var (
			doc     string
			e       hearsay.Entity
			unnamed bool
			years   sql.NullInt64
			at      sql.NullString
			hasB    bool
			be, bl  string
		)
		if err := rows.Scan(&doc, &e.ID, &e.Type, &e.Name, &unnamed, &e.Kind, &years, &at, &hasB, &be, &bl); err != nil {
			return err
		}
		e.Unnamed = unnamed
		if years.Valid {
			e.Age = &hearsay.Age{Years: int(years.Int64), At: at.String}
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
	return r.each(`SELECT t.doc_id, t.entity, t.alias FROM entity_aliases t`+current+`ORDER BY t.doc_id, t.entity, t.idx`, func(rows *sql.Rows) error {
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
	return r.each(`SELECT t.doc_id, t.fid, t.type, t.modality, t.polarity, t.derived, t.sentence, t.has_time,
		t.time_value, t.time_mod, t.time_earliest, t.time_latest, t.time_start, t.time_end, t.time_start_mod, t.time_end_mod
		FROM facts t`+current+`AND t.superseded_by IS NULL ORDER BY t.doc_id, t.idx`, func(rows *sql.Rows) error {
		var (
			doc     string
			f       hearsay.Fact
			hasTime bool
			t       hearsay.FactTime
		)
		if err := rows.Scan(&doc, &f.ID, &f.Type, &f.Modality, &f.Polarity, &f.Derived, &f.Sentence, &hasTime,
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
	return r.each(`SELECT t.doc_id, t.fact, t.entity, t.literal FROM fact_args t`+current+`ORDER BY t.doc_id, t.fact, t.idx`, func(rows *sql.Rows) error {
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
	return r.each(`SELECT t.doc_id, t.fact, t.text, t.kind, t.entity FROM fact_sources t`+current+`ORDER BY t.doc_id, t.fact, t.pos`, func(rows *sql.Rows) error {
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

// sentences loads the text of the sentences facts rest on.
func (r *reader) sentences() error {
	return r.each(`SELECT s.doc_id, s.idx, s.start_byte, s.end_byte, substr(CAST(d.text AS BLOB), s.start_byte + 1, s.end_byte - s.start_byte)
		FROM sentences s JOIN documents d ON d.id = s.doc_id
		WHERE d.superseded_by IS NULL AND EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = s.doc_id AND f.sentence = s.idx)
		ORDER BY s.doc_id, s.idx`, func(rows *sql.Rows) error {
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
