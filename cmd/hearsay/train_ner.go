package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/hearsay-news/hearsay/tag/ner"
)

// runTrainNER trains the named-entity tagger.
func runTrainNER(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "train ner", "--train FILE[:FORMAT][,FILE[:FORMAT]...] --out PATH",
		"Train the named-entity tagger (PER, ORG, LOC, MISC; IOB2) from CoNLL column\n"+
			"files whose last column is the gold tag (IOB1 or IOB2). Each training file may\n"+
			"name its corpus format after a colon (formats: "+strings.Join(ner.Formats(), ", ")+"; see\n"+
			"tag/ner/data/corpora.tsv); --format gives the default. Training is\n"+
			"deterministic for a given --seed. With --dev, the trained model is scored\n"+
			"on that file (conlleval's entity F1).\n\n"+
			"The shipped models were trained with:\n"+
			"  hearsay train ner --train ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/dev.txt --out tag/ner/model/conll.bin\n"+
			"  hearsay train ner --name open --passes 1 --word-classes --train @tag/ner/model/open.train --dev ../shared/data/conll2003/dev.txt --out tag/ner/model/open.bin")
	train := fs.String("train", "", "training files, comma-separated, each optionally FILE:FORMAT; @LIST reads them from LIST, one per line, # starting a comment (required)")
	dev := fs.String("dev", "", "CoNLL file to score the trained model on (optional)")
	out := fs.String("out", "", "path of the model file to write (required)")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	seed := fs.Uint64("seed", 1, "seed for the order of training documents")
	format := fs.String("format", "conll", "default corpus format of the training files: "+strings.Join(ner.Formats(), ", "))
	name := fs.String("name", "conll", "name stored in the model (the shipped models: conll, open)")
	passes := fs.Int("passes", 2, "1 for a one-pass model, 2 to add the document-level second pass")
	classes := fs.Bool("word-classes", false, "add the GloVe word classes (tag/wordclass) to the features; the model records it")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *passes != 1 && *passes != 2 {
		fmt.Fprintln(e.stderr, "hearsay train ner: --passes must be 1 or 2")
		return exitUsage
	}
	if *train == "" || *out == "" {
		fmt.Fprintln(e.stderr, "hearsay train ner: --train and --out are required")
		return exitUsage
	}
	specs, err := trainSpecs(*train)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train ner:", err)
		return exitUsage
	}
	var docs []ner.TrainDoc
	for _, spec := range specs {
		path, f := spec, *format
		if i := strings.LastIndex(spec, ":"); i > 0 {
			path, f = spec[:i], spec[i+1:]
		}
		d, err := ner.LoadTrainFile(path, f)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train ner:", err)
			return exitUsage
		}
		fmt.Fprintf(e.stderr, "ner: %s (%s): %d documents\n", path, f, len(d))
		docs = append(docs, d...)
	}
	began := time.Now()
	var t *ner.Tagger
	t, err = ner.Train(ctx, docs, ner.TrainOptions{Name: *name, Epochs: *epochs, Seed: *seed, Log: e.stderr, OnePass: *passes == 1, WordClasses: *classes})
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay train ner:", err)
		return exitPartial
	}
	var n int64
	if err := writeAtomic(*out, func(w io.Writer) error {
		var err error
		n, err = t.WriteTo(w)
		return err
	}); err != nil {
		fmt.Fprintln(e.stderr, "hearsay train ner:", err)
		return exitPartial
	}
	fmt.Fprintf(e.stderr, "ner: wrote %s (%.1f MB) in %v\n", *out, float64(n)/1e6, time.Since(began).Round(time.Second))
	if *dev != "" {
		s, err := scoreNERFile(ctx, t, *dev, false)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay train ner:", err)
			return exitPartial
		}
		fmt.Fprintf(e.stdout, "dev %s: precision %.2f recall %.2f F1 %.2f\n", *dev, s.Precision(), s.Recall(), s.F1())
	}
	return exitOK
}

// trainSpecs splits the --train value: comma-separated FILE[:FORMAT] specs,
// or "@LIST" for a file of specs, one per line ('#' starts a comment).
func trainSpecs(v string) ([]string, error) {
	list, ok := strings.CutPrefix(v, "@")
	if !ok {
		return strings.Split(v, ","), nil
	}
	b, err := os.ReadFile(list)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out, nil
}
