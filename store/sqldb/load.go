package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
)

// Document reloads the document with the given id and every stored layer.
func (s *Store) Document(ctx context.Context, id string) (*hearsay.Document, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: s.dialect.Snapshot})
	if err != nil {
		return nil, fmt.Errorf("store %s: document %s: %w", s.name, id, err)
	}
	defer tx.Rollback()
	doc, err := loadDocument(ctx, Tx{Tx: tx, D: s.dialect}, id)
	if err != nil {
		return nil, fmt.Errorf("store %s: document %s: %w", s.name, id, err)
	}
	return doc, nil
}

// loadDocument reads a document and its layers inside one read transaction,
// so that it sees one consistent state.
func loadDocument(ctx context.Context, tx Tx, id string) (*hearsay.Document, error) {
	doc := &hearsay.Document{ID: id}
	var date, layers string
	err := tx.QueryRowContext(ctx, `SELECT source, line, url, outlet, title, date, text, body_start, body_end, layers
		FROM documents WHERE id = ?`, id).Scan(&doc.Source, &doc.Line, &doc.URL, &doc.Outlet, &doc.Title,
		&date, &doc.Text, &doc.Body.Start, &doc.Body.End, &layers)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if doc.Date, err = parseTime(date); err != nil {
		return nil, err
	}
	for _, l := range strings.Split(layers, ",") {
		if l != "" {
			doc.MarkDone(hearsay.Layer(l))
		}
	}
	loaders := []func(context.Context, Tx, *hearsay.Document) error{
		loadWarnings, loadSkips, loadSentences, loadTokens, loadTimexes,
		loadEntities, loadMentions, loadFacts,
	}
	for _, load := range loaders {
		if err := load(ctx, tx, doc); err != nil {
			return nil, err
		}
	}
	return doc, nil
}

// parseTime reads a stored time; a zero offset comes back as UTC.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return t, fmt.Errorf("bad time %q: %w", s, err)
	}
	if _, off := t.Zone(); off == 0 {
		t = t.UTC()
	}
	return t, nil
}

// each runs query with the document id and calls scan for every row.
func each(ctx context.Context, tx Tx, query, id string, scan func(*sql.Rows) error) error {
	return tx.Each(ctx, query, []any{id}, scan)
}

// Each runs query with args and calls scan for every row.
func (t Tx) Each(ctx context.Context, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := t.QueryContext(ctx, query, args...)
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

func loadWarnings(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	return each(ctx, tx, `SELECT message FROM warnings WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var w string
		if err := r.Scan(&w); err != nil {
			return err
		}
		doc.Warnings = append(doc.Warnings, w)
		return nil
	})
}

func loadSkips(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	return each(ctx, tx, `SELECT start_byte, end_byte, kind FROM skips WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var sk hearsay.Skip
		if err := r.Scan(&sk.Start, &sk.End, &sk.Kind); err != nil {
			return err
		}
		doc.Skips = append(doc.Skips, sk)
		return nil
	})
}

func loadSentences(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	return each(ctx, tx, `SELECT start_byte, end_byte, first_token, end_token FROM sentences WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var se hearsay.Sentence
		if err := r.Scan(&se.Start, &se.End, &se.FirstToken, &se.EndToken); err != nil {
			return err
		}
		doc.Sentences = append(doc.Sentences, se)
		return nil
	})
}

func loadTokens(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	return each(ctx, tx, `SELECT count, encoding, data FROM tokens WHERE doc_id = ?`, doc.ID, func(r *sql.Rows) error {
		var (
			n        int
			encoding string
			data     []byte
		)
		if err := r.Scan(&n, &encoding, &data); err != nil {
			return err
		}
		text, err := tokenLines(encoding, data)
		if err != nil {
			return err
		}
		toks, err := unpackTokens(text, doc.Text)
		if err != nil {
			return err
		}
		if len(toks) != n {
			return fmt.Errorf("tokens: %d stored, %d expected", len(toks), n)
		}
		doc.Tokens = toks
		return nil
	})
}

// unpackTokens decodes packTokens' format.
func unpackTokens(data, text string) ([]hearsay.Token, error) {
	toks := make([]hearsay.Token, 0, strings.Count(data, "\n"))
	for line := range strings.Lines(data) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("tokens: bad line %q", line)
		}
		var t hearsay.Token
		var err error
		if t.Start, err = strconv.Atoi(f[0]); err != nil {
			return nil, fmt.Errorf("tokens: %w", err)
		}
		if t.End, err = strconv.Atoi(f[1]); err != nil {
			return nil, fmt.Errorf("tokens: %w", err)
		}
		if t.Sentence, err = strconv.Atoi(f[2]); err != nil {
			return nil, fmt.Errorf("tokens: %w", err)
		}
		if t.Start < 0 || t.End < t.Start || t.End > len(text) {
			return nil, fmt.Errorf("tokens: span [%d,%d) outside the text", t.Start, t.End)
		}
		t.Text, t.UPOS, t.XPOS, t.NER = text[t.Start:t.End], f[3], f[4], f[5]
		toks = append(toks, t)
	}
	return toks, nil
}

func loadTimexes(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	return each(ctx, tx, `SELECT start_byte, end_byte, text, type, value, mod, earliest, latest, anaphoric, sentence, rule
		FROM timexes WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var t hearsay.Timex
		if err := r.Scan(&t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Mod, &t.Earliest, &t.Latest,
			&t.Anaphoric, &t.Sentence, &t.Rule); err != nil {
			return err
		}
		doc.Timexes = append(doc.Timexes, t)
		return nil
	})
}

func loadEntities(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	err := each(ctx, tx, `SELECT eid, type, name, unnamed, kind, age_years, age_at, age_start, age_end,
		has_birth, birth_earliest, birth_latest FROM entities WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var (
			e                       hearsay.Entity
			years, ageStart, ageEnd sql.NullInt64
			ageAt                   sql.NullString
			hasBirth                bool
			birth                   hearsay.Interval
		)
		if err := r.Scan(&e.ID, &e.Type, &e.Name, &e.Unnamed, &e.Kind, &years, &ageAt, &ageStart, &ageEnd,
			&hasBirth, &birth.Earliest, &birth.Latest); err != nil {
			return err
		}
		if years.Valid {
			e.Age = &hearsay.Age{Years: int(years.Int64), At: ageAt.String,
				Span: hearsay.Span{Start: int(ageStart.Int64), End: int(ageEnd.Int64)}}
		}
		if hasBirth {
			e.Birth = &birth
		}
		doc.Entities = append(doc.Entities, e)
		return nil
	})
	if err != nil {
		return err
	}
	err = each(ctx, tx, `SELECT entity, alias FROM entity_aliases WHERE doc_id = ? ORDER BY entity, idx`, doc.ID, func(r *sql.Rows) error {
		var (
			i int
			a string
		)
		if err := r.Scan(&i, &a); err != nil {
			return err
		}
		if i < 0 || i >= len(doc.Entities) {
			return fmt.Errorf("entity_aliases: entity %d out of range", i)
		}
		doc.Entities[i].Aliases = append(doc.Entities[i].Aliases, a)
		return nil
	})
	if err != nil {
		return err
	}
	return each(ctx, tx, `SELECT entity, mention FROM entity_mentions WHERE doc_id = ? ORDER BY entity, idx`, doc.ID, func(r *sql.Rows) error {
		var i, m int
		if err := r.Scan(&i, &m); err != nil {
			return err
		}
		if i < 0 || i >= len(doc.Entities) {
			return fmt.Errorf("entity_mentions: entity %d out of range", i)
		}
		doc.Entities[i].Mentions = append(doc.Entities[i].Mentions, m)
		return nil
	})
}

func loadMentions(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	err := each(ctx, tx, `SELECT start_byte, end_byte, text, type, kind, entity, sentence, rule
		FROM mentions WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var m hearsay.Mention
		if err := r.Scan(&m.Start, &m.End, &m.Text, &m.Type, &m.Kind, &m.Entity, &m.Sentence, &m.Rule); err != nil {
			return err
		}
		doc.Mentions = append(doc.Mentions, m)
		return nil
	})
	if err != nil {
		return err
	}
	return each(ctx, tx, `SELECT mention, entity FROM mention_members WHERE doc_id = ? ORDER BY mention, idx`, doc.ID, func(r *sql.Rows) error {
		var m, e int
		if err := r.Scan(&m, &e); err != nil {
			return err
		}
		if m < 0 || m >= len(doc.Mentions) {
			return fmt.Errorf("mention_members: mention %d out of range", m)
		}
		doc.Mentions[m].Members = append(doc.Mentions[m].Members, e)
		return nil
	})
}

func loadFacts(ctx context.Context, tx Tx, doc *hearsay.Document) error {
	err := each(ctx, tx, `SELECT fid, type, modality, polarity, derived, reason, rule, sentence, trigger_start, trigger_end,
		has_time, time_value, time_mod, time_earliest, time_latest, time_start, time_end, time_start_mod, time_end_mod, time_timex, confidence
		FROM facts WHERE doc_id = ? ORDER BY idx`, doc.ID, func(r *sql.Rows) error {
		var (
			f       hearsay.Fact
			hasTime bool
			t       hearsay.FactTime
		)
		if err := r.Scan(&f.ID, &f.Type, &f.Modality, &f.Polarity, &f.Derived, &f.Reason, &f.Rule, &f.Sentence,
			&f.Trigger.Start, &f.Trigger.End, &hasTime, &t.Value, &t.Mod, &t.Earliest, &t.Latest, &t.Start, &t.End,
			&t.StartMod, &t.EndMod, &t.Timex, &f.Confidence); err != nil {
			return err
		}
		if hasTime {
			f.Time = &t
		}
		doc.Facts = append(doc.Facts, f)
		return nil
	})
	if err != nil {
		return err
	}
	fact := func(table string, i int) (*hearsay.Fact, error) {
		if i < 0 || i >= len(doc.Facts) {
			return nil, fmt.Errorf("%s: fact %d out of range", table, i)
		}
		return &doc.Facts[i], nil
	}
	err = each(ctx, tx, `SELECT fact, entity, literal FROM fact_args WHERE doc_id = ? ORDER BY fact, idx`, doc.ID, func(r *sql.Rows) error {
		var (
			i int
			a hearsay.Arg
		)
		if err := r.Scan(&i, &a.Entity, &a.Literal); err != nil {
			return err
		}
		f, err := fact("fact_args", i)
		if err != nil {
			return err
		}
		f.Args = append(f.Args, a)
		return nil
	})
	if err != nil {
		return err
	}
	err = each(ctx, tx, `SELECT fact, text, kind, entity, start_byte, end_byte FROM fact_sources WHERE doc_id = ? ORDER BY fact, pos`, doc.ID, func(r *sql.Rows) error {
		var (
			i   int
			src hearsay.Source
		)
		if err := r.Scan(&i, &src.Text, &src.Kind, &src.Entity, &src.Span.Start, &src.Span.End); err != nil {
			return err
		}
		f, err := fact("fact_sources", i)
		if err != nil {
			return err
		}
		f.Sources = append(f.Sources, src)
		return nil
	})
	if err != nil {
		return err
	}
	err = each(ctx, tx, `SELECT fact, sentence FROM fact_evidence WHERE doc_id = ? ORDER BY fact, pos`, doc.ID, func(r *sql.Rows) error {
		var i, se int
		if err := r.Scan(&i, &se); err != nil {
			return err
		}
		f, err := fact("fact_evidence", i)
		if err != nil {
			return err
		}
		f.Evidence = append(f.Evidence, se)
		return nil
	})
	if err != nil {
		return err
	}
	return each(ctx, tx, `SELECT fact, key, value FROM fact_qualifiers WHERE doc_id = ? ORDER BY fact, key`, doc.ID, func(r *sql.Rows) error {
		var (
			i    int
			k, v string
		)
		if err := r.Scan(&i, &k, &v); err != nil {
			return err
		}
		f, err := fact("fact_qualifiers", i)
		if err != nil {
			return err
		}
		if f.Qualifiers == nil {
			f.Qualifiers = map[string]string{}
		}
		f.Qualifiers[k] = v
		return nil
	})
}
