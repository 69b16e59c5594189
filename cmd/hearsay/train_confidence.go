package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/eval/facts"
	"github.com/hearsay-news/hearsay/fact"
	"github.com/hearsay-news/hearsay/internal/confidence"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/schema"
)

// runTrainConfidence implements `hearsay train confidence`.
func runTrainConfidence(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "train confidence", "--gold DIR[,DIR...] [--out MODEL] [--cv]",
		`Train the fact stage's confidence model: a logistic regression over the
features of each fact hearsay extracts (fact/confidence.go), each labelled
right or false by the facts scorer ('hearsay eval facts', level B) against
the gold files of the folders given. Facts that match an optional gold fact
are left out. Training is deterministic: the same folders, options and seed
give the same bytes.

With --cv, each folder is left out in turn: the model trained on the others
scores it, and a table gives, for each threshold, how many right and false
facts of each folder the threshold would drop. --validate scores further
folders with the model trained on all of --gold.

The embedded model is built with:
  hearsay train confidence --gold testdata/dev,testdata/dev2,testdata/dev3,testdata/dev4,testdata/dev5,testdata/dev6,testdata/dev7,testdata/dev8 \
      --no-rules --threshold 0.05 --out fact/data/confidence.model`)
	gold := fs.String("gold", "", "comma-separated gold `folders` to train on (required)")
	out := fs.String("out", "", "`path` of the model file to write (required unless --cv or --validate)")
	cv := fs.Bool("cv", false, "leave each gold folder out in turn and print the drops of each threshold")
	validate := fs.String("validate", "", "comma-separated gold `folders` to score with the model trained on all of --gold")
	noRules := fs.Bool("no-rules", false, "leave out the features that name the rule itself (rule ids), keeping the kind of evidence")
	threshold := fs.Float64("threshold", 0, "threshold to write into the model: facts scoring under it are dropped (0 keeps all)")
	lowest := fs.Int("lowest", 0, "with --cv, also list the `n` facts with the lowest held-out confidence")
	thresholds := fs.String("thresholds", "0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.5", "comma-separated thresholds of the tables")
	o := confidence.DefaultOptions()
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "seed for the order of the facts in each pass")
	fs.IntVar(&o.Epochs, "epochs", o.Epochs, "passes over the facts")
	fs.Float64Var(&o.L2, "l2", o.L2, "weight decay")
	fs.IntVar(&o.MinCount, "min-count", o.MinCount, "least number of facts a feature must occur in to be learnt")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *gold == "" || *out == "" && !*cv && *validate == "" {
		fmt.Fprintln(e.stderr, "hearsay train confidence: --gold and one of --out, --cv, --validate are required (see --help)")
		return exitUsage
	}
	if *noRules {
		o.Skip = []string{"rule="}
	}
	var ts []float64
	for _, t := range strings.Split(*thresholds, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train confidence: --thresholds:", err)
			return exitUsage
		}
		ts = append(ts, v)
	}
	lab, err := newLabeller()
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train confidence:", err)
		return exitUsage
	}
	dirs := strings.Split(*gold, ",")
	exs, err := lab.examples(ctx, dirs, 0)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train confidence:", err)
		return exitPartial
	}
	if *cv {
		scores := confidence.LeaveOneOut(exs, len(dirs), o)
		fmt.Fprintf(e.stdout, "leave-one-set-out (AUC %.3f): dropped right/false facts under each threshold\n", confidence.AUC(exs, scores))
		confidence.WriteTable(e.stdout, setNames(dirs), exs, scores, ts)
		confidence.WriteLowest(e.stdout, exs, scores, *lowest)
	}
	m := confidence.Train(exs, o)
	m.Threshold = *threshold
	if *validate != "" {
		vdirs := strings.Split(*validate, ",")
		vexs, err := lab.examples(ctx, vdirs, 0)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train confidence:", err)
			return exitPartial
		}
		scores := confidence.Scores(m, vexs)
		fmt.Fprintf(e.stdout, "\nvalidation with the model of all --gold folders (AUC %.3f)\n", confidence.AUC(vexs, scores))
		confidence.WriteTable(e.stdout, setNames(vdirs), vexs, scores, ts)
	}
	if *out != "" {
		if err := writeAtomic(*out, func(w io.Writer) error {
			_, err := io.WriteString(w, m.String())
			return err
		}); err != nil {
			fmt.Fprintln(e.stderr, "hearsay train confidence:", err)
			return exitPartial
		}
	}
	return exitOK
}

// setNames names gold folders by their last two path elements.
func setNames(dirs []string) []string {
	out := make([]string, len(dirs))
	for i, d := range dirs {
		d = filepath.Clean(d)
		out[i] = filepath.Join(filepath.Base(filepath.Dir(d)), filepath.Base(d))
	}
	return out
}

// A labeller analyses the articles of gold files keeping every fact, and
// labels each fact with the scorer's verdict.
type labeller struct {
	p  *hearsay.Pipeline
	st *fact.Stage // computes the features; its own model is not used
}

func newLabeller() (*labeller, error) {
	p, err := loadPipeline(pipeline.Options{AllFacts: true})
	if err != nil {
		return nil, err
	}
	st, err := fact.NewStage()
	if err != nil {
		return nil, err
	}
	return &labeller{p: p, st: st}, nil
}

// examples labels the facts of the articles of every gold file in the
// folders, the folders numbered from first on.
func (l *labeller) examples(ctx context.Context, dirs []string, first int) ([]confidence.Example, error) {
	var out []confidence.Example
	for k, dir := range dirs {
		golds, err := goldFiles([]string{dir})
		if err != nil {
			return nil, err
		}
		for _, g := range golds {
			exs, err := l.file(ctx, g, first+k)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", g, err)
			}
			out = append(out, exs...)
		}
	}
	return out, nil
}

// file labels the facts of one gold file's article.
func (l *labeller) file(ctx context.Context, goldPath string, set int) ([]confidence.Example, error) {
	gold, err := readGold(goldPath)
	if err != nil {
		return nil, err
	}
	doc, err := analyseDoc(ctx, l.p, goldArticle(goldPath))
	if err != nil {
		return nil, err
	}
	js, err := json.Marshal(schema.FromDocument(doc))
	if err != nil {
		return nil, err
	}
	sys, err := parseSystem(js)
	if err != nil {
		return nil, err
	}
	outcomes := facts.Outcomes(gold, sys, "B")
	feats := l.st.Features(doc)
	var out []confidence.Example
	for i, oc := range outcomes {
		if oc == facts.Optional {
			continue
		}
		desc := filepath.Base(goldPath) + ": " + factLine(doc, doc.Facts[i])
		out = append(out, confidence.Example{Features: feats[i], Right: oc == facts.Right, Set: set, Desc: desc})
	}
	return out, nil
}

// analyseDoc reads one article and runs the pipeline on it.
func analyseDoc(ctx context.Context, p *hearsay.Pipeline, path string) (*hearsay.Document, error) {
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
	return doc, nil
}
