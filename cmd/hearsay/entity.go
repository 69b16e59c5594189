package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store"
)

// refreshKB brings the knowledge base up to date with the stored
// documents (a no-op when nothing changed). Ingest and read call it after
// storing documents; the query commands call it before answering, so a
// store left stale by an interrupted ingest is completed.
func refreshKB(ctx context.Context, e *env, st dbStore) bool {
	rules, err := kb.LoadRules()
	if err == nil {
		_, err = kb.Refresh(ctx, sqlkb.New(st), rules, false)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay: knowledge base: %v\n", err)
		return false
	}
	return true
}

// openQuery opens the store at path, refreshes its knowledge base and
// returns a query engine over it; nil (after printing why) on failure.
func openQuery(ctx context.Context, e *env, path string) (*query.Engine, dbStore) {
	st := openStore(ctx, e, path, true)
	if st == nil {
		return nil, nil
	}
	if !refreshKB(ctx, e, st) {
		st.Close()
		return nil, nil
	}
	return query.New(sqlkb.New(st)), st
}

// writeKBJSON prints v as indented JSON.
func writeKBJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// queryFailed prints a query error and returns the exit code: 2 for bad
// input (an unknown name, a bad date), 1 otherwise.
func queryFailed(e *env, err error) int {
	fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
	if errors.Is(err, query.ErrUnknownPerson) || errors.Is(err, query.ErrBadDate) || errors.Is(err, query.ErrNotFound) ||
		errors.Is(err, query.ErrBadConfidence) || errors.Is(err, query.ErrBadSort) || errors.Is(err, query.ErrBadFilter) {
		return exitUsage
	}
	return exitPartial
}

func runEntity(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "entity", "merge ID1 ID2 | split ID --doc DOC [--doc DOC...] | list [PREFIX] | rebuild",
		`Correct entity resolution. Decisions are recorded in the store and replayed
every time the knowledge base is rebuilt, so they survive re-ingests.

  merge ID1 ID2          ID2 (and everything said of it) becomes part of ID1
  split ID --doc DOC...  the mentions of ID in the given documents (id, or
                         a unique prefix of at least 6 characters) become
                         a new person, ID-sN
  list [PREFIX]          list people (id, name) by name prefix, most
                         documented first
  rebuild                rebuild the knowledge base from the stored
                         documents now (it is otherwise rebuilt after
                         ingest and before queries when documents changed)

Ids are those 'hearsay person NAME --json' shows.`)
	db := dbFlag(e, fs)
	var docs multiFlag
	fs.Var(&docs, "doc", "document whose mentions leave the entity (split; repeatable)")
	note := fs.String("note", "", "why (recorded with the decision)")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "hearsay entity: want merge, split, list or rebuild (see --help)")
		return exitUsage
	}
	st := openStore(ctx, e, *db, true)
	if st == nil {
		return exitPartial
	}
	defer st.Close()
	b := sqlkb.New(st)
	switch {
	case pos[0] == "merge" && len(pos) == 3:
		return decide(ctx, e, st, b, kb.Decision{Op: "merge", A: pos[1], B: pos[2], Note: *note})
	case pos[0] == "split" && len(pos) == 2 && len(docs) > 0:
		full, err := fullDocIDs(ctx, st, docs)
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay entity split: %v\n", err)
			return exitUsage
		}
		return decide(ctx, e, st, b, kb.Decision{Op: "split", A: pos[1], Docs: full, Note: *note})
	case pos[0] == "rebuild" && len(pos) == 1:
		rules, err := kb.LoadRules()
		if err == nil {
			_, err = kb.Refresh(ctx, b, rules, true)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay entity rebuild: %v\n", err)
			return exitPartial
		}
		fmt.Fprintln(e.stdout, "knowledge base rebuilt")
		return exitOK
	case pos[0] == "list" && len(pos) <= 2:
		if !refreshKB(ctx, e, st) {
			return exitPartial
		}
		prefix := ""
		if len(pos) == 2 {
			prefix = pos[1]
		}
		people, total, err := query.New(b).People(ctx, prefix, query.Page{})
		return printPage(e, *asJSON, "people", people, total, err, func() {
			for _, p := range people {
				fmt.Fprintf(e.stdout, "%s\t%s\n", p.ID, p.Name)
			}
		})
	}
	fmt.Fprintln(e.stderr, "hearsay entity: want 'merge ID1 ID2', 'split ID --doc DOC', 'list [PREFIX]' or 'rebuild' (see --help)")
	return exitUsage
}

// decide checks that the ids exist, records the decision (naming the
// entities by anchor, so that it outlives id changes) and rebuilds.
func decide(ctx context.Context, e *env, st dbStore, b *sqlkb.Backend, d kb.Decision) int {
	if !refreshKB(ctx, e, st) {
		return exitPartial
	}
	orig := []string{d.A, d.B}
	for _, id := range []*string{&d.A, &d.B} {
		if *id == "" {
			continue
		}
		ent, err := b.Entity(ctx, *id)
		if errors.Is(err, kb.ErrNotFound) {
			fmt.Fprintf(e.stderr, "hearsay entity %s: no person has the id %q (ids are those 'hearsay entity list' and 'hearsay person NAME' show)\n", d.Op, *id)
			return exitUsage
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay entity %s: %v\n", d.Op, err)
			return exitUsage
		}
		*id = kb.Anchor(ent, d.Docs)
	}
	if d.Op == "merge" && d.A == d.B {
		fmt.Fprintf(e.stderr, "hearsay entity merge: %s and %s are already one person\n", orig[0], orig[1])
		return exitUsage
	}
	if err := b.AddDecision(ctx, d); err != nil {
		fmt.Fprintf(e.stderr, "hearsay entity %s: %v\n", d.Op, err)
		return exitPartial
	}
	if !refreshKB(ctx, e, st) {
		return exitPartial
	}
	fmt.Fprintf(e.stdout, "%s recorded; knowledge base rebuilt\n", d.Op)
	return exitOK
}

// minDocPrefix is the shortest id prefix that names a document in an
// entity decision: a decision is kept and replayed, so a typed "0" must not
// pick whichever document happens to be the only one starting so.
const minDocPrefix = 6

// fullDocIDs expands document id prefixes.
func fullDocIDs(ctx context.Context, st dbStore, refs []string) ([]string, error) {
	var out []string
	for _, r := range refs {
		if len(r) < minDocPrefix {
			return nil, fmt.Errorf("--doc %q: give at least %d characters of the document's id ('hearsay docs' shows 12)", r, minDocPrefix)
		}
		infos, err := st.Documents(ctx, storeFilterPrefix(r))
		if err != nil {
			return nil, err
		}
		switch len(infos) {
		case 0:
			return nil, fmt.Errorf("--doc %q: no stored document has this id or id prefix (see 'hearsay docs')", r)
		case 1:
		default:
			return nil, fmt.Errorf("--doc %q: %d documents have ids starting so; give more of the id (see 'hearsay docs')", r, len(infos))
		}
		out = append(out, infos[0].ID)
	}
	return out, nil
}

// multiFlag is a repeatable string flag.
type multiFlag []string

// String joins the values given so far with commas.
func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set adds one value (the flag was given once more).
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// storeFilterPrefix selects documents (superseded ones too) by id prefix.
func storeFilterPrefix(p string) store.DocFilter {
	return store.DocFilter{IDPrefix: p, Superseded: true, Limit: 2}
}
