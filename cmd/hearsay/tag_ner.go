package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/hearsay-news/hearsay/corpus/conll"
	"github.com/hearsay-news/hearsay/eval/conlleval"
	"github.com/hearsay-news/hearsay/tag/ner"
)

// runTagNER writes a CoNLL column file back with predicted tags appended.
func runTagNER(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "tag ner", "--conll FILE",
		"Tag a CoNLL column file with the named-entity tagger. The token is the first\n"+
			"column; every other column is ignored. Each line is written back with the\n"+
			"predicted IOB2 tag appended as a new last column (the layout conlleval\n"+
			"reads); -DOCSTART- and blank lines are kept. Documents are the runs between\n"+
			"-DOCSTART- lines (the whole file when there are none).")
	file := fs.String("conll", "", "CoNLL column file to tag ('-' for standard input)")
	model := fs.String("model", ner.DefaultModel, "NER model: "+modelNames())
	refine := fs.Bool("refine", false, "apply the refinement layer (outlets, works, people, places) as the pipeline does")
	if _, code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *file == "" {
		fmt.Fprintln(e.stderr, "hearsay tag ner: --conll FILE is required")
		return exitUsage
	}
	t, err := ner.Load(*model)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag ner:", err)
		return exitUsage
	}
	f, err := readConll(e, *file)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag ner:", err)
		return exitPartial
	}
	tags, err := tagConll(ctx, t, f, *refine)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag ner:", err)
		return exitPartial
	}
	w := bufio.NewWriter(e.stdout)
	for i, line := range f.Lines {
		if tags[i] != "" {
			line += " " + tags[i]
		}
		fmt.Fprintln(w, line)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(e.stderr, "hearsay tag ner:", err)
		return exitPartial
	}
	return exitOK
}

func modelNames() string {
	s := ""
	for i, n := range ner.Models() {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}

func readConll(e *env, path string) (*conll.File, error) {
	r, err := openInput(e, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return conll.Read(r, path)
}

// tagConll tags every document of f and returns the predicted tag of each
// line ("" for lines that are not tokens).
func tagConll(ctx context.Context, t *ner.Tagger, f *conll.File, refine bool) ([]string, error) {
	out := make([]string, len(f.Lines))
	for _, d := range f.Docs {
		sents := make([][]string, len(d.Sentences))
		for si, s := range d.Sentences {
			sents[si] = s.Words()
		}
		tag := t.Tag
		if refine {
			tag = t.TagRefined
		}
		tags, err := tag(ctx, sents)
		if err != nil {
			return nil, err
		}
		for si, s := range d.Sentences {
			for i, tok := range s.Tokens {
				out[tok.Line] = tags[si][i]
			}
		}
	}
	return out, nil
}

// scoreNERFile tags a CoNLL file whose last column is the gold tag and
// scores the predictions with conlleval's definition.
func scoreNERFile(ctx context.Context, t *ner.Tagger, path string, refine bool) (*conlleval.Scores, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	f, err := conll.Read(fh, path)
	if err != nil {
		return nil, err
	}
	pred, err := tagConll(ctx, t, f, refine)
	if err != nil {
		return nil, err
	}
	s := conlleval.NewScores()
	for _, d := range f.Docs {
		for _, sent := range d.Sentences {
			gold := sent.Column(0)
			p := make([]string, len(sent.Tokens))
			for i, tok := range sent.Tokens {
				p[i] = pred[tok.Line]
			}
			s.Add(gold, p)
		}
	}
	return s, nil
}
