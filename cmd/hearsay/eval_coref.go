package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/eval/coref"
	"github.com/hearsay-news/hearsay/tag/ner"
)

// runEvalCoref scores within-document coreference on GUM's entity annotation.
func runEvalCoref(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "eval coref", "FILE.conllu",
		`Run mention detection and coreference on the gold tokens of a CoNLL-U file
with GUM's Entity= annotation and print MUC, B3, CEAF-e and the CoNLL-2012
average (the mean of the three F1), for all entities and for person
entities, with and without singleton entities.

Three mention settings are scored:
  gold       the gold mentions are given (every noun phrase GUM marks) and
             only their clustering is scored;
  predicted  the entity stage runs as in the pipeline: its own mentions
             (names, third-person pronouns, descriptions of people, groups)
             and its article coreference;
  detected   the stage's mention detector with every pronoun (I, you, we,
             it too), clustered by the sieves of the gold setting, with
             GUM's speaker of each sentence.
Predicted and detected mentions match gold ones only when their token
ranges are equal.
Tokens carry GUM's gold POS tags; the NER tagger tags them (--ner=false
leaves names to capitalisation).

Examples, from the repository root:
  hearsay eval coref ../shared/data/ud-english-gum/en_gum-ud-dev.conllu
  hearsay eval coref --mentions predicted --json ../shared/data/ud-english-gum/en_gum-ud-dev.conllu`)
	mentions := fs.String("mentions", "all", "mention setting: gold, predicted, detected or all")
	useNER := fs.Bool("ner", true, "tag names with the NER tagger before resolving")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	pos, code, ok := parseArgs(e, fs, args, 1, "want exactly one FILE.conllu")
	if !ok {
		return code
	}
	modes := map[string][]string{"gold": {"gold"}, "predicted": {"predicted"}, "detected": {"detected"},
		"all": {"gold", "predicted", "detected"}}[*mentions]
	if modes == nil {
		fmt.Fprintf(e.stderr, "hearsay eval coref: --mentions %q: want gold, predicted, detected or all\n", *mentions)
		return exitUsage
	}
	docs, err := readGUM(pos[0])
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval coref:", err)
		return exitPartial
	}
	st, err := entity.NewStage()
	if err != nil {
		fmt.Fprintln(e.stderr, "hearsay eval coref:", err)
		return exitPartial
	}
	if *useNER {
		if err := tagNames(ctx, docs); err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval coref:", err)
			return exitPartial
		}
	}
	reports := map[string]*coref.Report{}
	for _, m := range modes {
		pred := goldMentionPredictor(st)
		switch m {
		case "predicted":
			pred = stagePredictor(st)
		case "detected":
			pred = detectedPredictor(st)
		}
		rep, err := coref.Evaluate(ctx, docs, pred)
		if err != nil {
			fmt.Fprintln(e.stderr, "hearsay eval coref:", err)
			return exitPartial
		}
		reports[m] = rep
	}
	if *asJSON {
		return printCorefJSON(e, modes, reports)
	}
	for _, m := range modes {
		printCorefTable(e, m, reports[m])
	}
	return exitOK
}

func readGUM(path string) ([]*coref.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return coref.ReadGUM(f, path)
}

func tagNames(ctx context.Context, docs []*coref.Doc) error {
	t, err := ner.Load(ner.DefaultModel)
	if err != nil {
		return err
	}
	stage := ner.NewStage(t)
	for _, d := range docs {
		if err := stage.Process(ctx, d.Doc); err != nil {
			return fmt.Errorf("%s: %w", d.ID, err)
		}
		d.Doc.MarkDone(hearsay.LayerNER)
	}
	return nil
}

// goldMentionPredictor clusters the gold mentions with the entity sieves.
func goldMentionPredictor(st *entity.Stage) coref.Predictor {
	return func(_ context.Context, d *coref.Doc) ([]coref.Mention, error) {
		spans := make([]entity.TokenSpan, len(d.Gold))
		for i, m := range d.Gold {
			spans[i] = entity.TokenSpan{Start: m.Start, End: m.End}
		}
		return resolveSpans(st, d, spans), nil
	}
}

// detectedPredictor clusters the mentions the stage detects, every pronoun included.
func detectedPredictor(st *entity.Stage) coref.Predictor {
	return func(_ context.Context, d *coref.Doc) ([]coref.Mention, error) {
		return resolveSpans(st, d, st.DetectSpans(d.Doc, true)), nil
	}
}

// resolveSpans clusters spans with the entity sieves and returns them as mentions.
func resolveSpans(st *entity.Stage, d *coref.Doc, spans []entity.TokenSpan) []coref.Mention {
	clusters, person := st.ResolveSpans(d.Doc, spans, d.Speakers)
	out := make([]coref.Mention, len(spans))
	for i, sp := range spans {
		out[i] = coref.Mention{Start: sp.Start, End: sp.End, Entity: strconv.Itoa(clusters[i])}
		if person[i] {
			out[i].Type = "person"
		}
	}
	return out
}

// stagePredictor runs the entity stage as the pipeline does and reads its mentions.
func stagePredictor(st *entity.Stage) coref.Predictor {
	return func(ctx context.Context, d *coref.Doc) ([]coref.Mention, error) {
		doc := *d.Doc
		doc.Mentions, doc.Entities, doc.Facts = nil, nil, nil
		if err := st.Process(ctx, &doc); err != nil {
			return nil, err
		}
		startTok, endTok := map[int]int{}, map[int]int{}
		for i, t := range doc.Tokens {
			startTok[t.Start] = i
			endTok[t.End] = i + 1
		}
		var out []coref.Mention
		for i, m := range doc.Mentions {
			a, ok1 := startTok[m.Start]
			b, ok2 := endTok[m.End]
			if !ok1 || !ok2 {
				continue
			}
			id := "m" + strconv.Itoa(i)
			if m.Entity >= 0 {
				id = "e" + strconv.Itoa(m.Entity)
			}
			cm := coref.Mention{Start: a, End: b, Entity: id}
			if m.Type == hearsay.Person {
				cm.Type = "person"
			}
			out = append(out, cm)
		}
		return out, nil
	}
}

func printCorefTable(e *env, mode string, rep *coref.Report) {
	fmt.Fprintf(e.stdout, "mentions: %s (%d documents)\n", mode, rep.Docs)
	fmt.Fprintf(e.stdout, "%-8s %-10s %21s %21s %21s %7s\n", "entities", "singletons", "MUC P/R/F1", "B3 P/R/F1", "CEAF-e P/R/F1", "CoNLL")
	for _, r := range rep.Results {
		sg := "excluded"
		if r.Singletons {
			sg = "included"
		}
		s := r.Scores
		fmt.Fprintf(e.stdout, "%-8s %-10s %s %s %s %7.4f\n", r.Entities, sg, prf(s.MUC), prf(s.B3), prf(s.CEAFe), s.CoNLL())
	}
	fmt.Fprintln(e.stdout)
}

func prf(m coref.Metric) string {
	return fmt.Sprintf("%6.4f/%6.4f/%6.4f", m.Precision(), m.Recall(), m.F1())
}

type corefJSONMetric struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

type corefJSONResult struct {
	Mentions   string          `json:"mentions"`
	Entities   string          `json:"entities"`
	Singletons bool            `json:"singletons"`
	MUC        corefJSONMetric `json:"muc"`
	B3         corefJSONMetric `json:"b3"`
	CEAFe      corefJSONMetric `json:"ceafe"`
	CoNLL      float64         `json:"conll"`
	Docs       int             `json:"docs"`
}

func jm(m coref.Metric) corefJSONMetric {
	return corefJSONMetric{P: m.Precision(), R: m.Recall(), F1: m.F1()}
}

func printCorefJSON(e *env, modes []string, reports map[string]*coref.Report) int {
	var out []corefJSONResult
	for _, mode := range modes {
		for _, r := range reports[mode].Results {
			s := r.Scores
			out = append(out, corefJSONResult{Mentions: mode, Entities: r.Entities, Singletons: r.Singletons,
				MUC: jm(s.MUC), B3: jm(s.B3), CEAFe: jm(s.CEAFe), CoNLL: s.CoNLL(), Docs: reports[mode].Docs})
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return exitPartial
	}
	return exitOK
}
