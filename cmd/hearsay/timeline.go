package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/query"
)

func runTimeline(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "timeline", "NAME", `List the dated events of a person's life and career, oldest first, each with
its status, modality and independent sources; undated facts are listed
apart. Where a name is shared, the most documented person is taken (use
--id to choose another; 'hearsay person NAME' lists them). --evidence shows
under each event its reports with their sentences, and under the birth
interval the stated ages it rests on.`)
	db := dbFlag(e, fs)
	asOf := fs.String("as-of", "", "as of this day (YYYY-MM-DD), using only articles published by then")
	id := fs.String("id", "", "knowledge-base id of the person, instead of NAME")
	var page query.Page
	pageFlags(fs, &page, "dated events")
	asJSON := fs.Bool("json", false, "print JSON")
	evidence := evidenceFlag(fs)
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if !checkAsOf(e, "timeline", *asOf) {
		return exitUsage
	}
	if len(pos) != 1 && *id == "" {
		fmt.Fprintln(e.stderr, "hearsay timeline: want one name (see --help)")
		return exitUsage
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		var res *query.TimelineResult
		var err error
		if *id != "" {
			res, err = q.TimelineByID(ctx, *id, *asOf, page)
		} else {
			res, err = q.Timeline(ctx, pos[0], *asOf, page)
		}
		var evs map[string][]query.Evidence
		if err == nil && !*asJSON {
			var ids []string
			for _, ev := range append(append([]query.Event{}, res.Events...), res.Undated...) {
				ids = append(ids, ev.Claim)
			}
			evs, err = claimEvidence(ctx, q, *evidence, ids, *asOf)
		}
		return printAnswer(e, *asJSON, res, err, func() { printTimeline(e.stdout, res, evs) })
	})
}

// printTimeline writes a person's dated events, then the undated ones;
// with evs (--evidence), each event's reports, or stated ages, under it.
func printTimeline(w io.Writer, res *query.TimelineResult, evs map[string][]query.Evidence) {
	fmt.Fprintf(w, "%s (%s)\n", res.Person.Name, res.Person.ID)
	for _, ev := range res.Events {
		fmt.Fprintf(w, "  %s  %-60s %s\n", ev.Date, ev.Text, eventTail(ev))
		printEventEvidence(w, ev, evs)
	}
	if len(res.Undated) > 0 {
		fmt.Fprintln(w, "undated:")
		for _, ev := range res.Undated {
			fmt.Fprintf(w, "  %-72s %s\n", ev.Text, eventTail(ev))
			printEventEvidence(w, ev, evs)
		}
	}
}

// printEventEvidence writes where an event comes from when evs is not nil
// (--evidence): the reports of its claim, or the stated ages of a birth.
func printEventEvidence(w io.Writer, ev query.Event, evs map[string][]query.Evidence) {
	switch {
	case evs == nil:
	case ev.Claim == "":
		printAges(w, ev.Ages)
	default:
		printEvidence(w, evs[ev.Claim])
	}
}

// eventTail is what follows an event's text: its status, confidence and
// independent sources (none for a birth, which stated ages give).
func eventTail(ev query.Event) string {
	t := fmt.Sprintf("[%s]%s", ev.Status, confText(ev.Confidence))
	if ev.Type != "born" {
		t += " " + sourcesText(ev.Sources)
	}
	return t
}

// confText writes a claim's or report's confidence as " conf 0.87", with a
// "?" under kb.LowConfidence (" conf 0.31?"); "" when it was not scored
// (facts stored before facts were scored).
func confText(c float64) string {
	if c <= 0 {
		return ""
	}
	s := fmt.Sprintf(" conf %.2f", c)
	if c < kb.LowConfidence {
		s += "?"
	}
	return s
}

// timeLine writes a fact time on one line.
func timeLine(t *hearsay.FactTime) string {
	if t == nil {
		return ""
	}
	var parts []string
	for _, kv := range [][2]string{{"", t.Value}, {"mod ", t.Mod}, {"from ", t.Start}, {"to ", t.End}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+kv[1])
		}
	}
	if t.Earliest != "" && t.Earliest != t.Value {
		parts = append(parts, "("+t.Earliest+".."+t.Latest+")")
	}
	return strings.Join(parts, " ")
}
