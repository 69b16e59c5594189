// Package coref scores within-document coreference against a corpus with
// gold entity annotation (GUM's Entity= field): MUC, B³, CEAF-e and their
// mean, the CoNLL-2012 score, overall and for person entities alone, with
// and without singleton entities.
//
// Mentions match when their token ranges are equal. Singletons: GUM marks
// every entity, including those mentioned once. The CoNLL-2012 convention
// (OntoNotes has no singletons) scores without them; both are reported.
// "Without singletons" drops entities with one mention from the key and
// from the response alike.
package coref

import (
	"context"
	"fmt"
	"sort"
)

// A Predictor returns the system's mentions of a document, each with a cluster id.
type Predictor func(ctx context.Context, d *Doc) ([]Mention, error)

// Setting names one scored view of the data.
type Setting struct {
	Entities   string `json:"entities"`   // "all" or "person"
	Singletons bool   `json:"singletons"` // whether entities with one mention count
}

// A Result is the scores of one setting.
type Result struct {
	Setting
	Scores Scores `json:"-"`
}

// Report holds every setting's scores over a corpus.
type Report struct {
	Docs    int
	Results []Result
}

// Settings lists the views Evaluate scores, in report order.
func Settings() []Setting {
	return []Setting{{"all", false}, {"all", true}, {"person", false}, {"person", true}}
}

// Evaluate runs predict on every document and scores it in every setting.
func Evaluate(ctx context.Context, docs []*Doc, predict Predictor) (*Report, error) {
	rep := &Report{Docs: len(docs)}
	settings := Settings()
	for _, s := range settings {
		rep.Results = append(rep.Results, Result{Setting: s})
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sys, err := predict(ctx, d)
		if err != nil {
			return nil, fmt.Errorf("coref: %s: %w", d.ID, err)
		}
		for i, s := range settings {
			key, resp := clusterings(d.Gold, sys, s)
			rep.Results[i].Scores.Add(Score(key, resp))
		}
	}
	return rep, nil
}

func spanKey(m Mention) string { return fmt.Sprintf("%d:%d", m.Start, m.End) }

// clusterings builds the key and response clusterings of one setting.
func clusterings(gold, sys []Mention, s Setting) (key, resp Clustering) {
	personSpan := map[string]bool{}
	for _, m := range gold {
		if m.Type == "person" {
			personSpan[spanKey(m)] = true
		}
	}
	keep := func(m Mention, isGold bool) bool {
		if s.Entities != "person" {
			return true
		}
		if isGold {
			return m.Type == "person"
		}
		return personSpan[spanKey(m)] || m.Type == "person"
	}
	return cluster(gold, keep, true, s.Singletons), cluster(sys, keep, false, s.Singletons)
}

// cluster groups mentions by cluster id; a span seen twice counts once.
func cluster(ms []Mention, keep func(Mention, bool) bool, isGold, singletons bool) Clustering {
	byID := map[string][]string{}
	var order []string
	seen := map[string]bool{}
	for _, m := range ms {
		k := spanKey(m)
		if seen[k] || !keep(m, isGold) {
			continue
		}
		seen[k] = true
		if _, ok := byID[m.Entity]; !ok {
			order = append(order, m.Entity)
		}
		byID[m.Entity] = append(byID[m.Entity], k)
	}
	sort.Strings(order)
	var out Clustering
	for _, id := range order {
		if len(byID[id]) > 1 || singletons {
			out = append(out, byID[id])
		}
	}
	return out
}
