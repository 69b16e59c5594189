package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/hearsay-news/hearsay/eval/conlleval"
	"github.com/hearsay-news/hearsay/tag/ner"
)

// runEvalNER scores the named-entity tagger on a CoNLL file.
func runEvalNER(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval ner", "FILE",
		"Tag a CoNLL column file whose last column is the gold tag and score the\n"+
			"predictions: entity-level precision, recall and F1 per type and overall,\n"+
			"with conlleval's definition (an entity is right when its first token, last\n"+
			"token and type all match). With --predicted, FILE already holds the\n"+
			"predictions in its last column and the gold tags in the one before (the\n"+
			"output of 'hearsay tag ner'), and is scored as it is.\n\nExamples, from the repository root:\n  hearsay eval ner ../shared/data/conll2003/dev.txt\n  hearsay eval ner --model open --refine --json ../shared/data/conll2003/dev.txt\n  hearsay tag ner --conll ../shared/data/conll2003/dev.txt > /tmp/dev.tagged\n  hearsay eval ner --predicted /tmp/dev.tagged")
	model := fs.String("model", ner.DefaultModel, "NER model: "+modelNames())
	refine := fs.Bool("refine", false, "apply the refinement layer (outlets, works, people, places) as the pipeline does")
	predicted := fs.Bool("predicted", false, "score FILE's own last two columns (gold, predicted)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	pos, code, ok := parseArgs(e, fs, args, 1, "want exactly one FILE")
	if !ok {
		return code
	}
	var s *conlleval.Scores
	var err error
	if *predicted {
		s, err = scorePredicted(pos[0])
	} else {
		t, lerr := ner.Load(*model)
		if lerr != nil {
			fmt.Fprintln(e.stderr, "hearsay eval ner:", lerr)
			return exitUsage
		}
		s, err = scoreNERFile(ctx, t, pos[0], *refine)
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval ner:", err)
		return exitPartial
	}
	if *asJSON {
		return printNERJSON(e, s)
	}
	if err := s.Report(e.stdout); err != nil {
		return exitPartial
	}
	return exitOK
}

func scorePredicted(path string) (*conlleval.Scores, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return conlleval.ReadColumns(fh)
}

// nerJSON is the JSON form of the scores, with the field names of
// conlleval.py --json.
type nerJSON struct {
	Tokens         int                    `json:"tokens"`
	GoldPhrases    int                    `json:"gold_phrases"`
	FoundPhrases   int                    `json:"found_phrases"`
	CorrectPhrases int                    `json:"correct_phrases"`
	Accuracy       float64                `json:"accuracy"`
	Precision      float64                `json:"precision"`
	Recall         float64                `json:"recall"`
	F1             float64                `json:"f1"`
	PerType        map[string]nerTypeJSON `json:"per_type"`
}

type nerTypeJSON struct {
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func printNERJSON(e *env, s *conlleval.Scores) int {
	out := nerJSON{
		Tokens: s.Tokens, GoldPhrases: s.Gold, FoundPhrases: s.Found, CorrectPhrases: s.Correct,
		Accuracy: round4(s.Accuracy()), Precision: round4(s.Precision()), Recall: round4(s.Recall()), F1: round4(s.F1()),
		PerType: map[string]nerTypeJSON{},
	}
	for _, t := range s.Types() {
		c := s.PerType[t]
		out.PerType[t] = nerTypeJSON{Gold: c.Gold, Found: c.Found, Correct: c.Correct,
			Precision: round4(c.Precision()), Recall: round4(c.Recall()), F1: round4(c.F1())}
	}
	b, err := json.Marshal(out)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval ner:", err)
		return exitPartial
	}
	fmt.Fprintln(e.stdout, string(b))
	return exitOK
}

func round4(v float64) float64 {
	return float64(int64(v*10000+0.5)) / 10000
}
