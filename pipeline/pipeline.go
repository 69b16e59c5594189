// Package pipeline is the one place that lists hearsay's analysis stages and
// their order. Commands build their pipeline here.
package pipeline

import (
	"fmt"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/fact"
	"github.com/hearsay-news/hearsay/tag/ner"
	"github.com/hearsay-news/hearsay/tag/pos"
	"github.com/hearsay-news/hearsay/text"
	"github.com/hearsay-news/hearsay/timex"
)

// Options choose optional parts of the pipeline.
type Options struct {
	NERModel string // name of the embedded NER model to use ("" for the default; see ner.Models)
	// AllFacts keeps the facts under the confidence threshold, each with its
	// confidence (training the confidence model needs them all).
	AllFacts bool
}

// New returns the default English pipeline: sentences and tokens, tags,
// time expressions, mentions and entities, facts.
func New(opts Options) (*hearsay.Pipeline, error) {
	var stages []hearsay.Stage
	// Stages are appended here in order, one line each, as they are built.
	stages = append(stages, text.NewStage())
	// Models load here, once, so that a missing or broken model fails the
	// pipeline's construction rather than every document.
	pt, err := pos.Default()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	stages = append(stages, pos.NewStage(pt))
	nt, err := ner.Load(opts.NERModel)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	stages = append(stages, ner.NewStage(nt))
	tx, err := timex.New("en")
	if err != nil {
		return nil, err
	}
	stages = append(stages, timex.NewStage(tx))
	es, err := entity.NewStage()
	if err != nil {
		return nil, err
	}
	stages = append(stages, es)
	fs, err := fact.NewStage()
	if err != nil {
		return nil, err
	}
	if opts.AllFacts {
		fs.SetThreshold(0)
	}
	stages = append(stages, fs)
	return hearsay.NewPipeline(stages...)
}
