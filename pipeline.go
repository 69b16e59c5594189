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
	for i := range p.stages {
		if err := p.step(ctx, i, doc); err != nil {
			return err
		}
	}
	return nil
}

// step runs stage i on doc, unless ctx is done, and marks the layers it
// provides; a failure names the stage and the document's source.
func (p *Pipeline) step(ctx context.Context, i int, doc *Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s := p.stages[i]
	if err := runStage(ctx, s, doc); err != nil {
		return fmt.Errorf("%s: stage %s: %w", doc.Source, s.Name(), err)
	}
	for _, l := range p.provides[i] {
		doc.MarkDone(l)
	}
	return nil
}

// RunBatch runs the stages on docs stage by stage: the first stage on every
// document, then the second, and so on, setting errs[i] (errs is at least
// as long as docs) to what Run would return for docs[i]. A document whose stage
// fails is left out of the stages after it; the other documents go on.
//
// Each document gets the same analysis as from Run (no stage carries
// anything from one document to the next but caches of exact results), but
// a batch takes less time: a stage's tables and code (models of several
// MB, rules, lexicons) stay in the processor's caches from one document
// to the next, where document after document through all the stages
// would find them pushed out by the other stages' each time. Over the
// articles of the evaluation sets, batches of 16 take about a third less
// time than one document at a time (BenchmarkBatches in ./pipeline).
func (p *Pipeline) RunBatch(ctx context.Context, docs []*Document, errs []error) {
	errs = errs[:len(docs)]
	clear(errs)
	for i := range p.stages {
		for k, doc := range docs {
			if errs[k] == nil {
				errs[k] = p.step(ctx, i, doc)
			}
		}
	}
}

// BatchSize is the most documents a worker of RunAll takes through the
// stages together (RunBatch): enough to keep most of a stage's tables in
// the caches from one document to the next, few enough that the first
// results come soon and a batch's documents take little memory.
const BatchSize = 16

// batchBytes bounds the text of a batch: a worker adds no document to a
// batch whose documents have this many bytes of text already, so that
// batches of long documents (whose analyses take far more memory than
// their text, and which keep a stage's tables in the caches by
// themselves) hold few of them.
const batchBytes = 1 << 20

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
	// jobs and order hold enough documents for every worker to take a
	// full batch while the ones before are analysed and emitted
	jobs := make(chan job, workers*BatchSize)
	order := make(chan chan Result, workers*(BatchSize+2))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var batch []job
			var docs []*Document
			errs := make([]error, BatchSize)
			for j := range jobs {
				batch = takeBatch(jobs, append(batch[:0], j), BatchSize, batchBytes, func(j job) int { return len(j.doc.Text) })
				docs = docs[:0]
				for _, j := range batch {
					docs = append(docs, j.doc)
				}
				p.RunBatch(ctx, docs, errs)
				for k, j := range batch {
					j.out <- Result{Doc: j.doc, Err: errs[k]}
				}
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

// takeBatch appends to batch the values ready in ch, without waiting,
// until batch has n values, or values of size (as size gives it) bytes
// in all, or ch has no more ready.
func takeBatch[T any](ch <-chan T, batch []T, n, bytes int, size func(T) int) []T {
	total := 0
	for _, v := range batch {
		total += size(v)
	}
	for len(batch) < n && total < bytes {
		select {
		case v, ok := <-ch:
			if !ok {
				return batch
			}
			batch = append(batch, v)
			total += size(v)
		default:
			return batch
		}
	}
	return batch
}
