package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hearsay-news/hearsay/query"
)

func runOutlets(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "outlets", "", `Show each outlet's track record on the claims it was first to report from
anonymous sources: how many were later confirmed, denied or are still open,
and how many days ahead of the confirming article it was. Relayed counts the
claims it passed on from another outlet.`)
	db := dbFlag(e, fs)
	asOf := fs.String("as-of", "", "as of this day (YYYY-MM-DD)")
	var page query.Page
	pageFlags(fs, &page, "")
	asJSON := fs.Bool("json", false, "print JSON")
	_, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if !checkAsOf(e, "outlets", *asOf) {
		return exitUsage
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		recs, total, err := q.Outlets(ctx, *asOf, page)
		return printPage(e, *asJSON, "outlets", recs, total, err, func() {
			fmt.Fprintf(e.stdout, "%-28s %6s %9s %6s %5s %7s  %s\n", "outlet", "claims", "confirmed", "denied", "open", "relayed", "lead days")
			for _, r := range recs {
				fmt.Fprintf(e.stdout, "%-28s %6d %9d %6d %5d %7d  %s\n", clip(r.Outlet, 28), r.Claims, r.Confirmed, r.Denied, r.Open, r.Relayed, daysText(r.LeadDays))
			}
		})
	})
}

// daysText lists numbers of days ("210, 14"), "-" when there are none.
func daysText(days []int) string {
	if len(days) == 0 {
		return "-"
	}
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, ", ")
}
