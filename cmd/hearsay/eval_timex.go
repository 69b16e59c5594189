package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/hearsay-news/hearsay/eval/timeml"
	"github.com/hearsay-news/hearsay/timex"
)

// runEvalTimex scores the temporal tagger on TimeML documents.
func runEvalTimex(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval timex", "DIR|FILE.tml ...",
		`Tag the text of TimeML documents (with their creation time as the
reference date) and print the TempEval-3 task A scores: strict and relaxed
span P/R/F1, value F1 and type F1, overall and per document. A directory
stands for the .tml files in it and in the directories below it.

A directory of hearsay gold files (NAME.gold.json with NAME.txt, SCHEMA.md)
is scored the same way against its timexes, ages included; optional gold
timexes count only when found.

Examples, from the repository root:
  hearsay eval timex ../shared/data/tempeval3/train/aquaint
  hearsay eval timex --docs=false --errors ../shared/data/tempeval3/train
  hearsay eval timex --ages examples/`)
	showErrors := fs.Bool("errors", false, "list the misses, false alarms and wrong values")
	asJSON := fs.Bool("json", false, "print scores (and errors) as JSON")
	perDoc := fs.Bool("docs", true, "print per-document scores (--docs=false: the totals only)")
	lang := fs.String("lang", "en", "language of the rules (en, the only one bundled: timex/lang)")
	ages := fs.Bool("ages", false, "also score ages (\"42-year-old\"), which TimeML does not annotate")
	pos, code, ok := parseFlags(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(e.stderr, "hearsay eval timex: give TimeML directories or files")
		return exitUsage
	}
	docs, err := readTimexGold(pos)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval timex:", err)
		return exitUsage
	}
	tg, err := timex.New(*lang)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval timex:", err)
		return exitUsage
	}
	type docScore struct {
		Doc    string         `json:"doc"`
		Scores timeml.Scores  `json:"scores"`
		Errors []timeml.Error `json:"-"`
	}
	var total timeml.Counts
	var per []docScore
	var errs []timeml.Error
	status := exitOK
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval timex:", err)
			return exitPartial
		}
		dct, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay eval timex: %s: bad DCT %q\n", d.Name, d.DCT)
			status = exitPartial
			continue
		}
		// TimeML documents are scored as TimeML annotates; hearsay gold
		// files (Body > 0) as the pipeline reads times.
		sys := tagTextFrom(tg, d.Text, d.Body, dct, *ages || d.Body > 0, d.Body == 0)
		var c timeml.Counts
		de := c.Add(d.Name, d.Timexes, sys)
		total.Add(d.Name, d.Timexes, sys)
		errs = append(errs, de...)
		per = append(per, docScore{Doc: d.Name, Scores: c.Scores()})
	}
	overall := total.Scores()
	if *asJSON {
		out := map[string]any{"overall": overall, "docs": len(per)}
		if *perDoc {
			out["per_doc"] = per
		}
		if *showErrors {
			out["errors"] = errs
		}
		if err := writeKBJSON(e.stdout, out); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval timex:", err)
			return exitPartial
		}
		return status
	}
	if *perDoc {
		fmt.Fprintf(e.stdout, "%-40s %5s %5s %7s %7s %7s\n", "document", "gold", "sys", "strict", "relaxed", "value")
		for _, p := range per {
			s := p.Scores
			fmt.Fprintf(e.stdout, "%-40s %5d %5d %7.2f %7.2f %7.2f\n", p.Doc, s.Gold, s.System,
				100*s.StrictF1, 100*s.RelaxedF1, 100*s.ValueF1)
		}
		fmt.Fprintln(e.stdout)
	}
	printTimexScores(e, overall, len(per))
	if *showErrors {
		fmt.Fprintln(e.stdout)
		for _, x := range errs {
			fmt.Fprintf(e.stdout, "%-8s %-28s gold %q=%s %s | sys %q=%s %s %s\n", x.Kind, x.Doc, x.Gold, x.GoldValue,
				x.GoldType, x.Sys, x.SysValue, x.SysType, x.Rule)
		}
	}
	return status
}

func printTimexScores(e *env, s timeml.Scores, docs int) {
	pct := func(x float64) string { return fmt.Sprintf("%6.2f", 100*x) }
	fmt.Fprintf(e.stdout, "gold timexes %d, system timexes %d, docs %d\n", s.Gold, s.System, docs)
	fmt.Fprintln(e.stdout, "           P       R       F1")
	fmt.Fprintf(e.stdout, "strict  %s  %s  %s\n", pct(s.StrictP), pct(s.StrictR), pct(s.StrictF1))
	fmt.Fprintf(e.stdout, "relaxed %s  %s  %s\n", pct(s.RelaxedP), pct(s.RelaxedR), pct(s.RelaxedF1))
	fmt.Fprintf(e.stdout, "value   %s  %s  %s   (accuracy on relaxed matches %s)\n", pct(s.ValueP), pct(s.ValueR), pct(s.ValueF1), pct(s.ValueAcc))
	fmt.Fprintf(e.stdout, "type    %s  %s  %s   (accuracy on relaxed matches %s)\n", pct(s.TypeP), pct(s.TypeR), pct(s.TypeF1), pct(s.TypeAcc))
}

// readTimexGold reads TimeML files and directories, and directories of
// hearsay gold files (*.gold.json).
func readTimexGold(paths []string) ([]*timeml.Doc, error) {
	var docs []*timeml.Doc
	for _, p := range paths {
		if gold, _ := filepath.Glob(filepath.Join(p, "*.gold.json")); len(gold) > 0 {
			ds, err := timeml.ReadGoldDir(p)
			if err != nil {
				return nil, err
			}
			docs = append(docs, ds...)
			continue
		}
		ds, err := timeml.ReadPaths([]string{p})
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}
