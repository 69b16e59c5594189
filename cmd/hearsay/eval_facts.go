package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/eval/facts"
)

// factsDoc is the outcome of one gold file.
type factsDoc struct {
	Name    string         `json:"name"`
	Gold    string         `json:"gold"`
	Status  string         `json:"status"`
	Scores  *facts.Summary `json:"scores,omitempty"`
	Details *facts.Details `json:"details,omitempty"`
	counts  *facts.Counts
	failed  bool // the article could not be analysed (scored as empty output)
}

// runEvalFacts runs the whole pipeline on the articles next to gold files
// and scores the facts, birth intervals and time expressions.
func runEvalFacts(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval facts", "GOLD.json|DIR ...",
		`Run the whole pipeline on the article NAME.txt next to each gold file
NAME.gold.json (a directory stands for its *.gold.json files) and score
hearsay's output against the gold as SCHEMA.md describes, with the same
numbers as bench/e2e/facts_score.py: facts at level A (type and arguments),
B (plus overlapping time) and C (plus equal time); over the level-A matches,
modality, polarity and source-chain accuracy; birth intervals; time
expressions. Scores are per file and micro-averaged over all files. An
article that cannot be analysed counts as empty output (exit status 1).

Examples, from the repository root:
  hearsay eval facts examples/
  hearsay eval facts --errors testdata/dev
  hearsay eval facts --save /tmp/out testdata/blind3   # then bench/e2e/facts_score.py on /tmp/out`)
	asJSON := fs.Bool("json", false, "print the scores (and, with --errors, the errors) as JSON")
	showErrors := fs.Bool("errors", false, "list missed gold facts, false alarms and wrong times or attributions")
	save := fs.String("save", "", "also write hearsay's JSON for each article to `DIR`/NAME.json (the reference scorer's input)")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	golds, p, ok := goldSetup(e, "eval facts", pos)
	if !ok {
		return exitUsage
	}
	if *save != "" {
		if err := os.MkdirAll(*save, 0o755); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval facts:", err)
			return exitUsage
		}
	}
	total := facts.NewCounts()
	var docs []factsDoc
	status := exitOK
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval facts:", err)
			return exitPartial
		}
		d := scoreGoldFile(ctx, p, g, *save)
		if d.counts == nil || d.failed {
			fmt.Fprintf(e.stderr, "hearsay eval facts: %s: %s\n", g, d.Status)
			status = exitPartial
		}
		if d.counts != nil {
			total.Add(d.counts)
		}
		if !*showErrors {
			d.Details = nil
		}
		docs = append(docs, d)
	}
	overall := facts.Summarise(total)
	if *asJSON {
		return writeGoldJSON(e, "eval facts", len(docs), overall, docs, status)
	}
	printFactsDocs(e, docs)
	fmt.Fprintf(e.stdout, "\n%d document(s) scored, micro-averaged\n\n", len(docs))
	facts.WriteTable(e.stdout, overall)
	if *showErrors {
		printFactsErrors(e, docs)
	}
	return status
}

// scoreGoldFile analyses the article of one gold file and scores it.
func scoreGoldFile(ctx context.Context, p *hearsay.Pipeline, goldPath, save string) factsDoc {
	name := goldName(goldPath)
	d := factsDoc{Name: name, Gold: goldPath}
	gc, err := loadGoldCase(ctx, p, goldPath)
	if err != nil {
		d.Status = err.Error()
		return d
	}
	if gc.analysisErr != nil {
		// scored as empty output, as the reference scorer scores a missing file
		c, det := facts.Score(gc.gold, &facts.Doc{})
		s := facts.Summarise(c)
		d.Status, d.Scores, d.Details, d.counts = gc.analysisErr.Error(), &s, det, c
		d.failed = true
		return d
	}
	if save != "" {
		if err := os.WriteFile(filepath.Join(save, name+".json"), gc.sysJSON, 0o644); err != nil {
			d.Status = err.Error()
			return d
		}
	}
	c, det := facts.Score(gc.gold, gc.sys)
	s := facts.Summarise(c)
	d.Status, d.Scores, d.Details, d.counts = "ok", &s, det, c
	return d
}

func printFactsDocs(e *env, docs []factsDoc) {
	fmt.Fprintf(e.stdout, "%-40s %8s %8s %8s %8s %8s %8s\n", "document", "facts-A", "facts-B", "facts-C", "modality", "source", "timex")
	for _, d := range docs {
		if d.Scores == nil {
			fmt.Fprintf(e.stdout, "%-40s %s\n", d.Name, d.Status)
			continue
		}
		s := d.Scores
		fmt.Fprintf(e.stdout, "%-40s %8.3f %8.3f %8.3f %8s %8s %8.3f\n", d.Name, s.Facts["A"].F1, s.Facts["B"].F1, s.Facts["C"].F1,
			accStr(s.Attribution.Modality), accStr(s.Attribution.SourceOutermost), s.Timexes.F1)
	}
}

func accStr(a facts.Accuracy) string {
	if a.Accuracy == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *a.Accuracy)
}

func printFactsErrors(e *env, docs []factsDoc) {
	for _, d := range docs {
		det := d.Details
		if det == nil {
			continue
		}
		fmt.Fprintf(e.stdout, "\n== %s\n", d.Name)
		pairs := func(label string, xs []facts.Pair) {
			if len(xs) == 0 {
				return
			}
			fmt.Fprintf(e.stdout, "  %s:\n", label)
			for _, x := range xs {
				fmt.Fprintf(e.stdout, "    gold   %s\n    system %s\n", x.Gold, x.System)
			}
		}
		printErrorList(e.stdout, "missed gold facts (level A)", det.FactsFN)
		printErrorList(e.stdout, "false alarms (level A)", det.FactsFP)
		pairs("level-A matches with the wrong time (B)", det.FactsTimeB)
		pairs("level-A matches with wrong attribution", det.AttrWrong)
		printErrorList(e.stdout, "birth intervals not exact", det.BirthWrong)
	}
}
