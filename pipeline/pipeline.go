// Package pipeline is the one place that lists hearsay's analysis stages and
// their order. Commands build their pipeline here.
package pipeline

import (
	"fmt"
	"runtime"
	"sync"

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
//
// The stages' models and rules load here, once, so that a missing or broken
// one fails the pipeline's construction rather than every document. They load
// side by side, one goroutine each, so a machine with several cores starts in
// the time of the slowest (the POS model) rather than of all together; the
// stages still run in the order listed.
func New(opts Options) (*hearsay.Pipeline, error) {
	loaders := []func() (hearsay.Stage, error){
		func() (hearsay.Stage, error) { return text.NewStage(), nil },
		func() (hearsay.Stage, error) {
			pt, err := pos.Default()
			if err != nil {
				return nil, err
			}
			return pos.NewStage(pt), nil
		},
		func() (hearsay.Stage, error) {
			nt, err := ner.Load(opts.NERModel)
			if err != nil {
				return nil, err
			}
			return ner.NewStage(nt), nil
		},
		func() (hearsay.Stage, error) {
			tx, err := timex.New("en")
			if err != nil {
				return nil, err
			}
			return timex.NewStage(tx), nil
		},
		func() (hearsay.Stage, error) { return entity.NewStage() },
		func() (hearsay.Stage, error) {
			fs, err := fact.NewStage()
			if err != nil {
				return nil, err
			}
			if opts.AllFacts {
				fs.SetThreshold(0)
			}
			return fs, nil
		},
	}
	stages, err := loadAll(loaders)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return hearsay.NewPipeline(stages...)
}

// loadAll runs every loader, each in its own goroutine when the process may
// use more than one CPU (on one, goroutines would only add switching), and
// returns their stages in the loaders' order, or the error of the first
// loader (in that order) that failed.
func loadAll(loaders []func() (hearsay.Stage, error)) ([]hearsay.Stage, error) {
	stages := make([]hearsay.Stage, len(loaders))
	errs := make([]error, len(loaders))
	if runtime.GOMAXPROCS(0) == 1 {
		for i, load := range loaders {
			stages[i], errs[i] = load()
		}
	} else {
		var wg sync.WaitGroup
		for i, load := range loaders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				stages[i], errs[i] = load()
			}()
		}
		wg.Wait()
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return stages, nil
}
