package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/eval/facts"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/schema"
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
article that cannot be analysed counts as empty output (exit status 1).`)
	asJSON := fs.Bool("json", false, "print the scores (and, with --errors, the errors) as JSON")
	showErrors := fs.Bool("errors", false, "list missed gold facts, false alarms and wrong times or attributions")
	save := fs.String("save", "", "also write hearsay's JSON for each article to `DIR`/NAME.json (the reference scorer's input)")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	golds, err := goldFiles(pos)
	if err != nil || len(golds) == 0 {
		if err == nil {
			err = fmt.Errorf("give gold files (NAME.gold.json) or directories holding them")
		}
		fmt.Fprintln(e.stderr, "hearsay eval facts:", err)
		return exitUsage
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval facts:", err)
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
		out := map[string]any{"documents_scored": len(docs), "micro": overall, "documents": docs}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval facts:", err)
			return exitPartial
		}
		return status
	}
	printFactsDocs(e, docs)
	fmt.Fprintf(e.stdout, "\n%d document(s) scored, micro-averaged\n\n", len(docs))
	facts.WriteTable(e.stdout, overall)
	if *showErrors {
		printFactsErrors(e, docs)
	}
	return status
}

// goldFiles expands directories to their *.gold.json files.
func goldFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.gold.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}

// scoreGoldFile analyses the article of one gold file and scores it.
func scoreGoldFile(ctx context.Context, p *hearsay.Pipeline, goldPath, save string) factsDoc {
	name := strings.TrimSuffix(filepath.Base(goldPath), ".gold.json")
	d := factsDoc{Name: name, Gold: goldPath}
	gb, err := os.ReadFile(goldPath)
	if err != nil {
		d.Status = err.Error()
		return d
	}
	gold, err := facts.ParseDoc(gb, true)
	if err != nil {
		d.Status = "gold: " + err.Error()
		return d
	}
	txt := strings.TrimSuffix(goldPath, ".gold.json") + ".txt"
	sysJSON, err := analyse(ctx, p, txt)
	if err != nil {
		// scored as empty output, as the reference scorer scores a missing file
		c, det := facts.Score(gold, &facts.Doc{})
		s := facts.Summarise(c)
		d.Status, d.Scores, d.Details, d.counts = err.Error(), &s, det, c
		d.failed = true
		return d
	}
	if save != "" {
		if err := os.WriteFile(filepath.Join(save, name+".json"), sysJSON, 0o644); err != nil {
			d.Status = err.Error()
			return d
		}
	}
	sys, err := facts.ParseDoc(sysJSON, false)
	if err != nil {
		d.Status = "system output: " + err.Error()
		return d
	}
	c, det := facts.Score(gold, sys)
	s := facts.Summarise(c)
	d.Status, d.Scores, d.Details, d.counts = "ok", &s, det, c
	return d
}

// analyse reads one article, runs the pipeline and returns its SCHEMA.md
// JSON.
func analyse(ctx context.Context, p *hearsay.Pipeline, path string) ([]byte, error) {
	var doc *hearsay.Document
	for d, err := range reader.Documents(ctx, []string{path}, reader.Options{}) {
		if err != nil {
			return nil, err
		}
		if doc == nil {
			doc = d
		}
	}
	if doc == nil {
		return nil, fmt.Errorf("%s: no article", path)
	}
	if err := p.Run(ctx, doc); err != nil {
		return nil, err
	}
	return json.Marshal(schema.FromDocument(doc))
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
		list := func(label string, xs []string) {
			if len(xs) == 0 {
				return
			}
			fmt.Fprintf(e.stdout, "  %s:\n", label)
			for _, x := range xs {
				fmt.Fprintf(e.stdout, "    %s\n", x)
			}
		}
		pairs := func(label string, xs []facts.Pair) {
			if len(xs) == 0 {
				return
			}
			fmt.Fprintf(e.stdout, "  %s:\n", label)
			for _, x := range xs {
				fmt.Fprintf(e.stdout, "    gold   %s\n    system %s\n", x.Gold, x.System)
			}
		}
		list("missed gold facts (level A)", det.FactsFN)
		list("false alarms (level A)", det.FactsFP)
		pairs("level-A matches with the wrong time (B)", det.FactsTimeB)
		pairs("level-A matches with wrong attribution", det.AttrWrong)
		list("birth intervals not exact", det.BirthWrong)
	}
}
