package main

import (
	"context"
	"fmt"

	"github.com/hearsay-news/hearsay/query"
)

func runContradictions(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "contradictions", "", `List contradictions: stated ages whose birth intervals do not intersect, and
one-time events (a wedding, a death) given incompatible dates. Each side lists
the reports that support it; nothing is resolved silently.`)
	db := dbFlag(e, fs)
	limit := fs.Int("limit", 0, "at most this many (0: all)")
	offset := fs.Int("offset", 0, "skip this many")
	asJSON := fs.Bool("json", false, "print JSON")
	_, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	q, st := openQuery(ctx, e, *db)
	if q == nil {
		return exitPartial
	}
	defer st.Close()
	ks, total, err := q.Contradictions(ctx, query.Page{Limit: *limit, Offset: *offset})
	if err != nil {
		return queryFailed(e, err)
	}
	if *asJSON {
		writeKBJSON(e.stdout, map[string]any{"total": total, "contradictions": ks})
		return exitOK
	}
	for _, k := range ks {
		fmt.Fprintf(e.stdout, "%s: %s\n", k.Kind, k.Subject)
		for _, s := range k.Sides {
			fmt.Fprintf(e.stdout, "  %s:", s.Value)
			for _, r := range s.Reports {
				fmt.Fprintf(e.stdout, " %s %s (%s);", r.Date, r.Outlet, shortID(r.Doc))
			}
			fmt.Fprintln(e.stdout)
		}
	}
	fmt.Fprintf(e.stdout, "%d contradictions\n", total)
	return exitOK
}
