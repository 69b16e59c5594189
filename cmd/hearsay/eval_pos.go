package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/hearsay-news/hearsay/tag/pos"
)

// runEvalPOS implements `hearsay eval pos`.
func runEvalPOS(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval pos", "GOLD.conllu",
		"Score the part-of-speech tagger on a gold CoNLL-U file: tag its words (its own\n"+
			"word segmentation, gold tags unread) and report UPOS and XPOS accuracy over all\n"+
			"syntactic words, and apart for words known and unknown to the model (seen or not\n"+
			"in its training data). With --system, score that tagged file instead of tagging;\n"+
			"it must have the gold file's words, in order. Accuracies are percentages, as\n"+
			"../shared/bench/ner/pos_score.py reports them.\n\nExamples, from the repository root:\n  hearsay eval pos ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu\n  hearsay tag pos --conllu ../shared/data/ud-english-gum/en_gum-ud-dev.conllu > /tmp/gum.conllu\n  hearsay eval pos --system /tmp/gum.conllu ../shared/data/ud-english-gum/en_gum-ud-dev.conllu")
	model := fs.String("model", "", "tagger model `file` (default: the embedded model)")
	system := fs.String("system", "", "score this tagged CoNLL-U `file` rather than tagging the gold file")
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	pos_, code, ok := parseArgs(e, fs, args, 1, "want one gold CoNLL-U file (see --help)")
	if !ok {
		return code
	}
	t, err := loadPOSTagger(*model)
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval pos:", err)
		return exitUsage
	}
	goldSents, err := readPOSCoNLLU(pos_[0])
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval pos:", err)
		return exitUsage
	}
	gold := pos.FromCoNLLU(goldSents)
	var sc pos.Score
	if *system != "" {
		sysSents, err := readPOSCoNLLU(*system)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval pos:", err)
			return exitUsage
		}
		sc, err = scoreTagged(t, gold, pos.FromCoNLLU(sysSents))
		if err != nil {
			fmt.Fprintf(e.stderr, "hearsay eval pos: %s: %v\n", *system, err)
			return exitPartial
		}
	} else if sc, err = pos.Evaluate(ctx, t, gold); err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval pos:", err)
		return exitPartial
	}
	printPOSScore(e.stdout, pos_[0], sc, *asJSON)
	return exitOK
}

// scoreTagged scores system sentences against gold ones with the same words.
func scoreTagged(t *pos.Tagger, gold, sys []pos.Sentence) (pos.Score, error) {
	var sc pos.Score
	if len(gold) != len(sys) {
		return sc, fmt.Errorf("%d sentences, gold has %d", len(sys), len(gold))
	}
	for i, g := range gold {
		s := sys[i]
		if len(s.Words) != len(g.Words) {
			return sc, fmt.Errorf("sentence %d has %d words, gold has %d", i+1, len(s.Words), len(g.Words))
		}
		for j, w := range g.Words {
			if s.Words[j] != w {
				return sc, fmt.Errorf("sentence %d word %d is %q, gold has %q", i+1, j+1, s.Words[j], w)
			}
			sc.Add(t.Known(w), g.Tags[j], s.Tags[j])
		}
	}
	return sc, nil
}

// posReport is the JSON form of a POS score.
type posReport struct {
	File        string  `json:"file"`
	Words       int     `json:"words"`
	UPOS        float64 `json:"upos"`
	XPOS        float64 `json:"xpos"`
	Known       int     `json:"known_words"`
	KnownUPOS   float64 `json:"known_upos"`
	KnownXPOS   float64 `json:"known_xpos"`
	Unknown     int     `json:"unknown_words"`
	UnknownUPOS float64 `json:"unknown_upos"`
	UnknownXPOS float64 `json:"unknown_xpos"`
}

// printPOSScore prints a score as a small table or as JSON.
func printPOSScore(w io.Writer, file string, sc pos.Score, asJSON bool) {
	r := posReport{
		File: file, Words: sc.Words,
		UPOS: roundPct(pos.Pct(sc.UPOS, sc.Words)), XPOS: roundPct(pos.Pct(sc.XPOS, sc.Words)),
		Known: sc.Known, KnownUPOS: roundPct(pos.Pct(sc.KnownUPOS, sc.Known)), KnownXPOS: roundPct(pos.Pct(sc.KnownXPOS, sc.Known)),
		Unknown: sc.Unknown, UnknownUPOS: roundPct(pos.Pct(sc.UnknownUPOS, sc.Unknown)), UnknownXPOS: roundPct(pos.Pct(sc.UnknownXPOS, sc.Unknown)),
	}
	if asJSON {
		b, _ := json.Marshal(r)
		fmt.Fprintln(w, string(b))
		return
	}
	fmt.Fprintf(w, "%s\n%-8s %7s %8s %8s\n", file, "words", "count", "UPOS", "XPOS")
	fmt.Fprintf(w, "%-8s %7d %7.2f%% %7.2f%%\n", "all", r.Words, r.UPOS, r.XPOS)
	fmt.Fprintf(w, "%-8s %7d %7.2f%% %7.2f%%\n", "known", r.Known, r.KnownUPOS, r.KnownXPOS)
	fmt.Fprintf(w, "%-8s %7d %7.2f%% %7.2f%%\n", "unknown", r.Unknown, r.UnknownUPOS, r.UnknownXPOS)
}

// roundPct rounds a percentage to three decimals, as pos_score.py does.
func roundPct(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}
