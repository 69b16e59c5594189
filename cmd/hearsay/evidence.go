package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/hearsay-news/hearsay/query"
)

// evidenceIndent starts the lines that show where a fact or an age comes
// from, under the fact's line.
const evidenceIndent = "      ↳ "

// evidenceFlag adds --evidence, which shows under each fact or birth
// interval every report of it with its sentence.
func evidenceFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("evidence", false, "under each fact, every report of it: date, outlet, document id and fact id, source chain and the evidence sentence (under a birth interval, each stated age with its sentence)")
}

// claimEvidence fetches the reports of each claim of ids, as of asOf, for
// --evidence; nil when show is false.
func claimEvidence(ctx context.Context, q *query.Engine, show bool, ids []string, asOf string) (map[string][]query.Evidence, error) {
	if !show {
		return nil, nil
	}
	out := map[string][]query.Evidence{}
	for _, id := range ids {
		if _, done := out[id]; done || id == "" {
			continue
		}
		c, err := q.Claim(ctx, id, asOf)
		if err != nil {
			return nil, fmt.Errorf("evidence of claim %s: %w", id, err)
		}
		out[id] = c.Evidence
	}
	return out, nil
}

// printEvidence writes one line per report: its date, outlet, document and
// fact, source chain and sentence.
func printEvidence(w io.Writer, evs []query.Evidence) {
	for _, ev := range evs {
		src := ""
		if ev.Source != "" {
			src = " › " + ev.Source
		}
		fmt.Fprintf(w, "%s%s %s%s (%s %s, %s): %s\n", evidenceIndent, ev.Date, orElse(ev.Outlet, noOutlet), src, shortID(ev.Doc), ev.Fact,
			ev.Modality, quoteSentence(ev.Sentence))
	}
}

// printAges writes one line per stated age behind a birth interval: its
// date, outlet, document, the age and the sentence that states it.
func printAges(w io.Writer, ages []query.Age) {
	for _, a := range ages {
		fmt.Fprintf(w, "%s%s %s (%s): age %d on %s: %s\n", evidenceIndent, a.Date, orElse(a.Outlet, noOutlet), shortID(a.Doc), a.Years, a.At,
			quoteSentence(a.Sentence))
	}
}

// quoteSentence writes an evidence sentence on one line, in quotation
// marks; a sentence the knowledge base did not keep (built by an older
// hearsay) says how to get it.
func quoteSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "(sentence not kept: run 'hearsay entity rebuild')"
	}
	return "“" + s + "”"
}
