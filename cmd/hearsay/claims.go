package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hearsay-news/hearsay/query"
)

func runClaims(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "claims", "[CLAIM-ID]", `List claims (facts that several articles may share), newest first report
first, with status, independent sources and confidence (how likely the
claim was read right from at least one of its articles; a claim under 0.5
is marked "?"). Filters combine; the words of --type, --modality,
--status and --sort are taken in any case.

With a CLAIM-ID (as the list, status --json and the API give it), show that
claim with every report of it and its evidence sentence (--as-of applies;
the filters do not).`)
	db := dbFlag(e, fs)
	var f query.ClaimFilter
	fs.StringVar(&f.Entity, "entity", "", "only claims about this person (name, alias or id)")
	fs.StringVar(&f.Type, "type", "", "only this fact type (married, separated, ...)")
	fs.StringVar(&f.Modality, "modality", "", "only claims with a report of this modality (rumored, reported, ...)")
	fs.StringVar(&f.Status, "status", "", "only claims with this status (confirmed, disputed, ...)")
	fs.BoolVar(&f.Open, "open", false, "only claims neither confirmed nor denied (reported, rumored, disputed)")
	fs.Float64Var(&f.MinConfidence, "min-confidence", 0, "only claims of at least this confidence, from 0 to 1")
	fs.StringVar(&f.Sort, "sort", query.SortNewest, "order: newest (first report) or confidence (most confident first)")
	fs.StringVar(&f.AsOf, "as-of", "", "as of this day (YYYY-MM-DD)")
	pageFlags(fs, &f.Page, "")
	asJSON := fs.Bool("json", false, "print JSON (each claim with its evidence: every report with its document, fact, source and sentence)")
	evidence := evidenceFlag(fs)
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 1 {
		fmt.Fprintf(e.stderr, "hearsay claims: want at most one claim id, not %d arguments (names go to --entity; see --help)\n", len(pos))
		return exitUsage
	}
	if !checkAsOf(e, "claims", f.AsOf) {
		return exitUsage
	}
	if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) {
		fmt.Fprintf(e.stderr, "hearsay claims: --min-confidence must be a number from 0 to 1, not %v\n", f.MinConfidence)
		return exitUsage
	}
	if f.Sort = query.CanonicalSort(f.Sort); f.Sort != query.SortNewest && f.Sort != query.SortConfidence {
		fmt.Fprintf(e.stderr, "hearsay claims: --sort must be newest or confidence, not %q\n", f.Sort)
		return exitUsage
	}
	if len(pos) == 1 {
		return showClaim(ctx, e, *db, pos[0], f.AsOf, *asJSON)
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		cs, total, err := q.Claims(ctx, f)
		return printPage(e, *asJSON, "claims", cs, total, err, func() {
			for _, c := range cs {
				fmt.Fprintf(e.stdout, "%s  %s %s  [%s]%s  first %s %s; sources: %s\n", c.ID, c.Type, strings.Join(c.Args, ", "), c.Status,
					confText(c.Confidence), c.FirstReported.Date, orElse(c.FirstReported.Outlet, noOutlet), sourcesText(c.IndependentSources))
				if *evidence {
					printEvidence(e.stdout, c.Evidence)
				}
			}
			fmt.Fprintln(e.stdout, count(int64(total), "claim", "claims"))
		})
	})
}

// showClaim prints one claim with every report of it and its evidence
// sentence, as of asOf.
func showClaim(ctx context.Context, e *env, db, id, asOf string, asJSON bool) int {
	return withQuery(ctx, e, db, func(q *query.Engine) int {
		c, err := q.Claim(ctx, id, asOf)
		if errors.Is(err, query.ErrNotFound) {
			fmt.Fprintf(e.stderr, "hearsay claims: no claim has the id %q (ids as 'hearsay claims' lists them; for a person's claims, --entity NAME)\n", id)
			return exitUsage
		}
		return printAnswer(e, asJSON, c, err, func() {
			fmt.Fprintf(e.stdout, "%s  %s %s  [%s]%s", c.ID, c.Type, strings.Join(c.Args, ", "), c.Status, confText(c.Confidence))
			if t := timeLine(c.Time); t != "" {
				fmt.Fprintf(e.stdout, "  time %s", t)
			}
			fmt.Fprintf(e.stdout, "\n  independent sources: %s\n", sourcesText(c.IndependentSources))
			printEvidence(e.stdout, c.Evidence)
		})
	})
}
