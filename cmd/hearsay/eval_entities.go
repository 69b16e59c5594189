package main

import (
	"context"
	"fmt"
	"path"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/eval/entities"
)

// entitiesDoc is the outcome of one gold file.
type entitiesDoc struct {
	Name    string            `json:"name"`
	Status  string            `json:"status"`
	Heldout bool              `json:"heldout"`
	Scores  *entities.Summary `json:"scores,omitempty"`
	Details *entities.Details `json:"details,omitempty"`
	counts  *entities.Counts
}

// heldOut reports whether a gold file belongs to the held-out part: its
// name (without .gold.json) matches the glob pattern, when one is given.
func heldOut(pattern, name string) bool {
	if pattern == "" {
		return false
	}
	ok, err := path.Match(pattern, name)
	return err == nil && ok
}

// runEvalEntities runs the whole pipeline on the articles next to gold files
// and scores the entities.
func runEvalEntities(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval entities", "GOLD.json|DIR ...",
		`Run the whole pipeline on the article NAME.txt next to each gold file
NAME.gold.json (a directory stands for its *.gold.json files) and score the
entities against the gold. A predicted name maps to a gold entity when it
equals its name or an alias, ignoring case, diacritics and punctuation. A
gold entity is found when a predicted entity of the same type maps to it; a
predicted entity is a false alarm when it maps to none and mistyped when it
maps only to entities of another type. Implied entities (no alias) and
unnamed people are left out. Also: canonical-name accuracy (over found
entities), alias recall, birth intervals (strict and lenient). Scores are
micro-averaged over all files and, with --heldout, separately over the
files whose names match its pattern (the held-out part: its errors are not
listed unless --heldout-errors) and the others (the development part).

Examples, from the repository root:
  hearsay eval entities examples/
  hearsay eval entities --errors --heldout 'blind2-*[02468]-*' testdata/dev testdata/blind2`)
	asJSON := fs.Bool("json", false, "print the scores (and, with --errors, the errors) as JSON")
	heldPattern := fs.String("heldout", "", "glob of the gold file names (without .gold.json) that form the held-out part, e.g. 'blind2-*[02468]-*'")
	showErrors := fs.Bool("errors", false, "list missed entities, false alarms, wrong names and aliases (development part only unless --heldout-errors)")
	heldErrors := fs.Bool("heldout-errors", false, "with --errors, list the errors of held-out files too")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if _, err := path.Match(*heldPattern, ""); err != nil {
		fmt.Fprintf(e.stderr, "hearsay eval entities: --heldout %q: %v\n", *heldPattern, err)
		return exitUsage
	}
	golds, p, ok := goldSetup(e, "eval entities", pos)
	if !ok {
		return exitUsage
	}
	parts := map[string]*entities.Counts{"all": entities.NewCounts(), "dev": entities.NewCounts(), "heldout": entities.NewCounts()}
	var docs []entitiesDoc
	status := exitOK
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval entities:", err)
			return exitPartial
		}
		d := scoreEntityFile(ctx, p, g, *heldPattern)
		if d.counts == nil {
			fmt.Fprintf(e.stderr, "hearsay eval entities: %s: %s\n", g, d.Status)
			status = exitPartial
			docs = append(docs, d)
			continue
		}
		parts["all"].Add(d.counts)
		if d.Heldout {
			parts["heldout"].Add(d.counts)
		} else {
			parts["dev"].Add(d.counts)
		}
		if !*showErrors || d.Heldout && !*heldErrors {
			d.Details = nil
		}
		docs = append(docs, d)
	}
	sums := map[string]entities.Summary{}
	for k, c := range parts {
		sums[k] = entities.Summarise(c)
	}
	if *asJSON {
		return writeGoldJSON(e, "eval entities", len(docs), sums, docs, status)
	}
	shown := []string{"all"}
	if *heldPattern != "" {
		shown = append(shown, "dev", "heldout")
	}
	for _, k := range shown {
		fmt.Fprintf(e.stdout, "== %s (micro-averaged)\n", k)
		entities.WriteTable(e.stdout, sums[k])
		fmt.Fprintln(e.stdout)
	}
	if *showErrors {
		printEntityErrors(e, docs)
	}
	return status
}

// scoreEntityFile analyses the article of one gold file and scores its entities.
func scoreEntityFile(ctx context.Context, p *hearsay.Pipeline, goldPath, heldPattern string) entitiesDoc {
	name := goldName(goldPath)
	d := entitiesDoc{Name: name, Heldout: heldOut(heldPattern, name)}
	gc, err := loadGoldCase(ctx, p, goldPath)
	if err == nil {
		err = gc.analysisErr
	}
	if err != nil {
		d.Status = err.Error()
		return d
	}
	c, det := entities.Score(gc.gold, gc.sys)
	s := entities.Summarise(c)
	d.Status, d.Scores, d.Details, d.counts = "ok", &s, det, c
	return d
}

func printEntityErrors(e *env, docs []entitiesDoc) {
	for _, d := range docs {
		det := d.Details
		if det == nil {
			continue
		}
		fmt.Fprintf(e.stdout, "\n== %s\n", d.Name)
		printErrorList(e.stdout, "missed", det.Missed)
		printErrorList(e.stdout, "false alarms", det.FalseAlarms)
		printErrorList(e.stdout, "mistyped", det.Mistyped)
		printErrorList(e.stdout, "wrong canonical name", det.WrongName)
		printErrorList(e.stdout, "missed aliases", det.MissedAlias)
		printErrorList(e.stdout, "birth intervals not exact", det.Birth)
	}
}
