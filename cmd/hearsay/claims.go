package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/query"
)

func runClaims(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "claims", "", `List claims (facts that several articles may share), newest first report
first, with status and independent sources. Filters combine.`)
	db := dbFlag(e, fs)
	var f query.ClaimFilter
	fs.StringVar(&f.Entity, "entity", "", "only claims about this person (name, alias or id)")
	fs.StringVar(&f.Type, "type", "", "only this fact type (married, separated, ...)")
	fs.StringVar(&f.Modality, "modality", "", "only claims with a report of this modality (rumored, reported, ...)")
	fs.StringVar(&f.Status, "status", "", "only claims with this status (confirmed, disputed, ...)")
	fs.BoolVar(&f.Open, "open", false, "only claims neither confirmed nor denied (reported, rumored, disputed)")
	fs.StringVar(&f.AsOf, "as-of", "", "as of this day (YYYY-MM-DD)")
	pageFlags(fs, &f.Page, "")
	asJSON := fs.Bool("json", false, "print JSON")
	_, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		cs, total, err := q.Claims(ctx, f)
		return printPage(e, *asJSON, "claims", cs, total, err, func() {
			for _, c := range cs {
				fmt.Fprintf(e.stdout, "%s  %s %s  [%s]  first %s %s; sources: %s\n", c.ID, c.Type, strings.Join(c.Args, ", "), c.Status,
					c.FirstReported.Date, c.FirstReported.Outlet, strings.Join(c.IndependentSources, "; "))
			}
			fmt.Fprintf(e.stdout, "%d claims\n", total)
		})
	})
}
