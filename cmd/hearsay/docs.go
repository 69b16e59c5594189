package main

import (
	"context"
	"fmt"
	"time"

	"github.com/hearsay-news/hearsay/store"
)

func runDocs(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "docs", "", `List stored documents, newest first: short id, date, outlet, counts of
sentences, entities and facts, title and source. Superseded versions are
left out unless --all is given.

With --json, prints one JSON object per document per line: id, source, line,
url, outlet, title, date, version, superseded_by, ingested_at, analyzer (the
build that analysed it), bytes, sentences, timexes, entities, facts.

At most --limit documents are listed (50 unless given); a note on standard
error says when there are more.`)
	db := dbFlag(e, fs)
	limit := fs.Int("limit", 50, "list at most this many documents (0: all)")
	offset := fs.Int("offset", 0, "skip this many documents first")
	outlet := fs.String("outlet", "", "only documents from this outlet (its whole name, in any case, accented letters too)")
	since := fs.String("since", "", "only documents dated on or after this day (YYYY-MM-DD)")
	until := fs.String("until", "", "only documents dated on or before this day (YYYY-MM-DD)")
	all := fs.Bool("all", false, "include superseded versions")
	asJSON := fs.Bool("json", false, "print one JSON object per document per line")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "hearsay docs: unexpected arguments %q (see --help)\n", pos)
		return exitUsage
	}
	f := store.DocFilter{Limit: *limit, Offset: *offset, Outlet: *outlet, Superseded: *all}
	for _, d := range []struct {
		flag, val string
		dst       *time.Time
	}{{"since", *since, &f.Since}, {"until", *until, &f.Until}} {
		if d.val == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.val)
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay docs: --%s %q: want YYYY-MM-DD\n", d.flag, d.val)
			return exitUsage
		}
		*d.dst = t
	}
	if f.Limit > 0 {
		f.Limit++ // one more tells whether the list goes on
	}
	infos, ok := readStore(ctx, e, *db, func(st dbStore) ([]store.DocInfo, error) { return st.Documents(ctx, f) })
	if !ok {
		return exitPartial
	}
	more := *limit > 0 && len(infos) > *limit
	if more {
		infos = infos[:*limit]
	}
	enc := jsonLines(e.stdout)
	if !*asJSON && len(infos) > 0 {
		fmt.Fprintf(e.stdout, "%-12s  %-10s  %-16s %5s %5s %5s  %s\n", "ID", "DATE", "OUTLET", "SENT", "ENT", "FACTS", "TITLE (SOURCE)")
	}
	for _, d := range infos {
		if *asJSON {
			if err := enc.Encode(d); err != nil {
				return exitPartial
			}
			continue
		}
		src := location(d.Source, d.URL, d.Line)
		extra := ""
		if d.SupersededBy != "" {
			extra = fmt.Sprintf("  [v%d, superseded by %s]", d.Version, shortID(d.SupersededBy))
		} else if d.Version > 1 {
			extra = fmt.Sprintf("  [v%d]", d.Version)
		}
		fmt.Fprintf(e.stdout, "%-12s  %s  %-16s %5d %5d %5d  %s  (%s)%s\n", shortID(d.ID), d.Date.Format(time.DateOnly),
			clip(orElse(d.Outlet, "-"), 16), d.Sentences, d.Entities, d.Facts, orElse(d.Title, "(no title)"), src, extra)
	}
	if !*asJSON && len(infos) == 0 {
		fmt.Fprintln(e.stderr, "no documents")
	}
	if more {
		fmt.Fprintf(e.stderr, "hearsay docs: more than %s; --offset %d lists the next ones, --limit 0 all\n", count(int64(*limit), "document", "documents"), *offset+*limit)
	}
	return exitOK
}

// clip shortens s to at most n characters, ending it with "…" when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
