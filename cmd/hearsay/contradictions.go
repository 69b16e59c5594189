package main

import (
	"context"
	"fmt"
	"io"

	"github.com/hearsay-news/hearsay/query"
)

func runContradictions(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "contradictions", "", `List contradictions: stated ages whose birth intervals do not intersect, and
one-time events (a wedding, a death) given incompatible dates. Each side lists
the reports that support it; nothing is resolved silently. --evidence shows
each report on a line of its own with its document, fact (or stated age) and
sentence; --json always has them.`)
	db := dbFlag(e, fs)
	var page query.Page
	asOf := fs.String("as-of", "", "as of this day (YYYY-MM-DD): the contradictions the articles published by then held")
	pageFlags(fs, &page, "")
	asJSON := fs.Bool("json", false, "print JSON")
	evidence := evidenceFlag(fs)
	_, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if !checkAsOf(e, "contradictions", *asOf) {
		return exitUsage
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		ks, total, err := q.ContradictionsAsOf(ctx, *asOf, page)
		return printPage(e, *asJSON, "contradictions", ks, total, err, func() {
			for _, k := range ks {
				printContradiction(e.stdout, k, *evidence)
			}
			fmt.Fprintln(e.stdout, count(int64(total), "contradiction", "contradictions"))
		})
	})
}

// printContradiction writes a contradiction and, under it, each side with
// the reports that support it; with evidence, each report on a line of its
// own with its fact (or stated age) and sentence.
func printContradiction(w io.Writer, k query.Contradiction, evidence bool) {
	fmt.Fprintf(w, "%s: %s\n", k.Kind, k.Subject)
	for _, s := range k.Sides {
		fmt.Fprintf(w, "  %s:", s.Value)
		for _, r := range s.Reports {
			if !evidence {
				fmt.Fprintf(w, " %s %s (%s);", r.Date, orElse(r.Outlet, noOutlet), shortID(r.Doc))
			}
		}
		fmt.Fprintln(w)
		for _, r := range s.Reports {
			if evidence {
				fmt.Fprintf(w, "%s%s %s (%s %s): %s\n", evidenceIndent, r.Date, orElse(r.Outlet, noOutlet), shortID(r.Doc), r.Fact, quoteSentence(r.Sentence))
			}
		}
	}
}
