package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/hearsay-news/hearsay/query"
)

func runPerson(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "person", "NAME", `Show every person a name or alias can mean (several when the name is shared):
id, name, aliases, birth interval (the intersection of every stated age), and
facts with their status, confidence and sources. With --json: a list of
{"id","name","aliases","birth":{"earliest","latest"},"ages":[...],"facts":[...]},
each age with its document and sentence, each fact with its claim id.
--evidence shows under each fact its reports with their sentences, and
under the birth interval the stated ages it rests on.`)
	db := dbFlag(e, fs)
	asOf := fs.String("as-of", "", "as of this day (YYYY-MM-DD), using only articles published by then")
	asJSON := fs.Bool("json", false, "print JSON")
	evidence := evidenceFlag(fs)
	pos, code, ok := parseArgs(e, fs, args, 1, "want one name (see --help)")
	if !ok {
		return code
	}
	if !checkAsOf(e, "person", *asOf) {
		return exitUsage
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		people, err := q.Person(ctx, pos[0], *asOf)
		var evs map[string][]query.Evidence
		if err == nil && !*asJSON {
			var ids []string
			for _, p := range people {
				for _, f := range p.Facts {
					ids = append(ids, f.Claim)
				}
			}
			evs, err = claimEvidence(ctx, q, *evidence, ids, *asOf)
		}
		return printAnswer(e, *asJSON, people, err, func() {
			for i, p := range people {
				if i > 0 {
					fmt.Fprintln(e.stdout)
				}
				printPerson(e.stdout, p, evs)
			}
		})
	})
}

// printPerson writes a person's name, aliases, birth interval and facts;
// with evs (--evidence), the stated ages under the birth interval and each
// fact's reports under it.
func printPerson(w io.Writer, p query.Person, evs map[string][]query.Evidence) {
	fmt.Fprintf(w, "%s (%s), %s\n  aliases: %s\n", p.Name, p.ID, count(int64(p.Documents), "document", "documents"), strings.Join(p.Aliases, ", "))
	if p.BirthConflict {
		fmt.Fprintln(w, "  born: stated ages contradict each other (see 'hearsay contradictions')")
	} else if p.Birth.Earliest != "" || p.Birth.Latest != "" {
		fmt.Fprintf(w, "  born: %s .. %s\n", p.Birth.Earliest, p.Birth.Latest)
	}
	if evs != nil {
		printAges(w, p.Ages)
	}
	for _, f := range p.Facts {
		t := timeLine(f.Time)
		if t != "" {
			t = "  " + t
		}
		fmt.Fprintf(w, "  %s %s%s [%s]%s %s\n", f.Type, strings.Join(f.Args, ", "), t, f.Status, confText(f.Confidence), sourcesText(f.Sources))
		printEvidence(w, evs[f.Claim])
	}
}
