package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/hearsay-news/hearsay/query"
)

func runStatus(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "status", "A B", `Say where two people stand: the current state of their relationship and the
claims behind it, each with its status (asserted, reported, rumored, disputed,
denied, confirmed, retracted, superseded), confidence, sources and history
(each report with its fact's confidence; under 0.5 marked "?"). A and B may be
any name or alias; where a name is shared, the person connected to the other
is taken. --as-of uses only the articles published on or before that day.
--evidence shows under each report its document, fact and sentence.`)
	db := dbFlag(e, fs)
	asOf := fs.String("as-of", "", "answer as of this day (YYYY-MM-DD), using only articles published by then")
	asJSON := fs.Bool("json", false, `print {"a","b","as_of","summary","claims":[...]}`)
	evidence := evidenceFlag(fs)
	pos, code, ok := parseArgs(e, fs, args, 2, "want two names (see --help)")
	if !ok {
		return code
	}
	if !checkAsOf(e, "status", *asOf) {
		return exitUsage
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		res, err := q.Status(ctx, pos[0], pos[1], *asOf)
		return printAnswer(e, *asJSON, res, err, func() {
			fmt.Fprintln(e.stdout, res.Summary)
			for _, c := range res.Claims {
				printStatusClaim(e.stdout, c, *evidence)
			}
		})
	})
}

// printStatusClaim writes a claim behind a status with its sources and
// history; with evidence, each report's document, fact and sentence.
func printStatusClaim(w io.Writer, c query.StatusClaim, evidence bool) {
	fmt.Fprintf(w, "\n%s %s  [%s]%s", c.Type, strings.Join(c.Args, ", "), c.Status, confText(c.Confidence))
	if t := timeLine(c.Time); t != "" {
		fmt.Fprintf(w, "  time %s", t)
	}
	fmt.Fprintf(w, "\n  independent sources: %s\n", sourcesText(c.IndependentSources))
	for _, h := range c.History {
		fmt.Fprintf(w, "  %s  %-13s %-22s %-10s %-11s %s\n", h.Date, h.Step, orElse(h.Outlet, noOutlet), h.Modality, strings.TrimSpace(confText(h.Confidence)), orElse(h.Source, "(the article)"))
		if evidence {
			fmt.Fprintf(w, "%s%s %s: %s\n", evidenceIndent, shortID(h.Doc), h.Fact, quoteSentence(h.Sentence))
		}
	}
}
