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
{"id","name","aliases","birth":{"earliest","latest"},"facts":[...]}.`)
	db := dbFlag(e, fs)
	asOf := fs.String("as-of", "", "as of this day (YYYY-MM-DD), using only articles published by then")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseArgs(e, fs, args, 1, "want one name (see --help)")
	if !ok {
		return code
	}
	return withQuery(ctx, e, *db, func(q *query.Engine) int {
		people, err := q.Person(ctx, pos[0], *asOf)
		return printAnswer(e, *asJSON, people, err, func() {
			for i, p := range people {
				if i > 0 {
					fmt.Fprintln(e.stdout)
				}
				printPerson(e.stdout, p)
			}
		})
	})
}

// printPerson writes a person's name, aliases, birth interval and facts.
func printPerson(w io.Writer, p query.Person) {
	fmt.Fprintf(w, "%s (%s), %s\n  aliases: %s\n", p.Name, p.ID, count(int64(p.Documents), "document", "documents"), strings.Join(p.Aliases, ", "))
	if p.BirthConflict {
		fmt.Fprintln(w, "  born: stated ages contradict each other (see 'hearsay contradictions')")
	} else if p.Birth.Earliest != "" || p.Birth.Latest != "" {
		fmt.Fprintf(w, "  born: %s .. %s\n", p.Birth.Earliest, p.Birth.Latest)
	}
	for _, f := range p.Facts {
		t := timeLine(f.Time)
		if t != "" {
			t = "  " + t
		}
		fmt.Fprintf(w, "  %s %s%s [%s]%s %s\n", f.Type, strings.Join(f.Args, ", "), t, f.Status, confText(f.Confidence), sourcesText(f.Sources))
	}
}
