package hearsay

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

// A Stage is one step of the pipeline. It reads the layers it requires and
// fills the layers it provides. Process must not keep the document after it
// returns, must be safe to call from several goroutines at once on different
// documents, and must return an error rather than panic on any input text.
type Stage interface {
	// Name names the stage in errors and listings.
	Name() string
	// Requires lists the layers the stage reads.
	Requires() []Layer
	// Provides lists the layers the stage fills.
	Provides() []Layer
	// Process fills the stage's layers of one document.
	Process(ctx context.Context, doc *Document) error
}

// A Pipeline runs stages in a fixed, declared order.
type Pipeline struct {
	stages   []Stage
	provides [][]Layer // per stage, what it provides, asked once
}

// NewPipeline checks that every stage's required layers are provided by a
// reader or an earlier stage, and returns the pipeline.
func NewPipeline(stages ...Stage) (*Pipeline, error) {
	have := map[Layer]string{LayerText: "reader"}
	provides := make([][]Layer, len(stages))
	for i, s := range stages {
		provides[i] = s.Provides()
		for _, l := range s.Requires() {
			if _, ok := have[l]; !ok {
				return nil, fmt.Errorf("pipeline: stage %q requires layer %q, which no earlier stage provides", s.Name(), l)
			}
		}
		for _, l := range provides[i] {
			if prev, ok := have[l]; ok {
				return nil, fmt.Errorf("pipeline: stage %q provides layer %q, already provided by %q", s.Name(), l, prev)
			}
			have[l] = s.Name()
		}
	}
	return &Pipeline{stages: stages, provides: provides}, nil
}

// Stages lists the pipeline's stages in order.
func (p *Pipeline) Stages() []Stage { return append([]Stage(nil), p.stages...) }

// Run runs every stage on doc in order. A failing stage stops the document
// with an error naming the stage and the document's source.
func (p *Pipeline) Run(ctx context.Context, doc *Document) (err error) {
	for i, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(ctx, s, doc); err != nil {
			return fmt.Errorf("%s: stage %s: %w", doc.Source, s.Name(), err)
		}
		for _, l := range p.provides[i] {
			doc.MarkDone(l)
		}
	}
	return nil
}

// runStage runs one stage, turning a panic into an error so that one bad
// document never takes down a batch.
func runStage(ctx context.Context, s Stage, doc *Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return s.Process(ctx, doc)
}

// A Result is the outcome of running the pipeline on one document.
type Result struct {
	Doc *Document
	Err error
}

// RunAll runs the pipeline over docs with at most workers goroutines
// (runtime.NumCPU() when workers < 1) and calls emit for each document in
// input order, so that output is deterministic. It stops early when ctx is
// cancelled; documents not yet emitted are then dropped.
func (p *Pipeline) RunAll(parent context.Context, docs <-chan *Document, workers int, emit func(Result) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	type job struct {
		seq int
		doc *Document
		out chan Result
	}
	jobs := make(chan job)
	order := make(chan chan Result, workers*2)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- Result{Doc: j.doc, Err: p.Run(ctx, j.doc)}
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		seq := 0
		for d := range docs {
			out := make(chan Result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq: seq, doc: d, out: out}:
			case <-ctx.Done():
				out <- Result{Doc: d, Err: ctx.Err()}
				return
			}
			seq++
		}
	}()
	var emitErr error
	for out := range order {
		r := <-out
		if emitErr == nil {
			if emitErr = emit(r); emitErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return parent.Err()
}
