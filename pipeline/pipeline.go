// Package pipeline is the one place that lists hearsay's analysis stages and
// their order. Commands build their pipeline here.
package pipeline

import (
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
	NERModel string // name of the NER model to use ("" for the default)
}

// New returns the default English pipeline: sentences and tokens, tags,
// time expressions, mentions and entities, facts.
func New(opts Options) (*hearsay.Pipeline, error) {
	var stages []hearsay.Stage
	// Stages are appended here in order, one line each, as they are built.
	stages = append(stages, text.NewStage())
	stages = append(stages, pos.NewDefaultStage())
	stages = append(stages, ner.NewModelStage(opts.NERModel))
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
	stages = append(stages, fs)
	return hearsay.NewPipeline(stages...)
}
