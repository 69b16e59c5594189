package hearsay

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// traceStage appends "NAME:SOURCE" to a shared log for every document it
// processes, and fails the documents whose source is fail.
type traceStage struct {
	name     string
	requires []Layer
	provides []Layer
	fail     string
	mu       *sync.Mutex
	log      *[]string
}

func (s traceStage) Name() string      { return s.name }
func (s traceStage) Requires() []Layer { return s.requires }
func (s traceStage) Provides() []Layer { return s.provides }
func (s traceStage) Process(_ context.Context, d *Document) error {
	s.mu.Lock()
	*s.log = append(*s.log, s.name+":"+d.Source)
	s.mu.Unlock()
	if d.Source == s.fail {
		return errors.New("broken")
	}
	if !d.Has(s.requires[0]) {
		return fmt.Errorf("%s before its layer %s", s.name, s.requires[0])
	}
	d.Title += s.name
	return nil
}

// tracePipeline returns a pipeline of two trace stages, the second of
// which fails the document fail, and their log.
func tracePipeline(t *testing.T, fail string) (*Pipeline, *[]string) {
	t.Helper()
	var mu sync.Mutex
	log := new([]string)
	p, err := NewPipeline(
		traceStage{name: "a", requires: []Layer{LayerText}, provides: []Layer{LayerSentences}, mu: &mu, log: log},
		traceStage{name: "b", requires: []Layer{LayerSentences}, provides: []Layer{LayerTokens}, fail: fail, mu: &mu, log: log},
	)
	if err != nil {
		t.Fatal(err)
	}
	return p, log
}

func TestRunBatchStageByStage(t *testing.T) {
	p, log := tracePipeline(t, "d1")
	docs := []*Document{{Source: "d0"}, {Source: "d1"}, {Source: "d2"}}
	errs := make([]error, len(docs))
	p.RunBatch(context.Background(), docs, errs)
	if got, want := strings.Join(*log, " "), "a:d0 a:d1 a:d2 b:d0 b:d1 b:d2"; got != want {
		t.Errorf("order of work: %s, want %s", got, want)
	}
	for k, d := range docs {
		one := &Document{Source: d.Source}
		p1, _ := tracePipeline(t, "d1")
		err := p1.Run(context.Background(), one)
		if fmt.Sprint(err) != fmt.Sprint(errs[k]) || one.Title != d.Title || one.Has(LayerTokens) != d.Has(LayerTokens) {
			t.Errorf("%s: batch gives %v, %q; Run gives %v, %q", d.Source, errs[k], d.Title, err, one.Title)
		}
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "d1: stage b: broken") {
		t.Errorf("failing document: %v", errs[1])
	}
}

func TestRunBatchCancelled(t *testing.T) {
	p, log := tracePipeline(t, "")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs := []*Document{{Source: "d0"}, {Source: "d1"}}
	errs := make([]error, len(docs))
	p.RunBatch(ctx, docs, errs)
	for k, err := range errs {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("document %d: %v, want cancelled", k, err)
		}
	}
	if len(*log) != 0 {
		t.Errorf("stages ran on a cancelled context: %v", *log)
	}
}

func TestRunAllInOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 3} {
		p, _ := tracePipeline(t, "d7")
		in := make(chan *Document)
		const n = 3*BatchSize + 5
		go func() {
			defer close(in)
			for i := range n {
				in <- &Document{Source: fmt.Sprintf("d%d", i)}
			}
		}()
		var got []string
		err := p.RunAll(context.Background(), in, workers, func(r Result) error {
			switch {
			case r.Doc.Source == "d7" && r.Err == nil:
				t.Errorf("workers %d: d7 did not fail", workers)
			case r.Doc.Source != "d7" && (r.Err != nil || r.Doc.Title != "ab"):
				t.Errorf("workers %d: %s: %v, title %q", workers, r.Doc.Source, r.Err, r.Doc.Title)
			}
			got = append(got, r.Doc.Source)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != n {
			t.Fatalf("workers %d: %d results, want %d", workers, len(got), n)
		}
		for i, s := range got {
			if s != fmt.Sprintf("d%d", i) {
				t.Fatalf("workers %d: result %d is %s", workers, i, s)
			}
		}
	}
}

func TestTakeBatch(t *testing.T) {
	ch := make(chan int, 10)
	for _, v := range []int{5, 5, 5, 5, 5} {
		ch <- v
	}
	size := func(v int) int { return v }
	if got := takeBatch(ch, []int{1}, 3, 100, size); len(got) != 3 {
		t.Errorf("count bound: %v", got)
	}
	if got := takeBatch(ch, []int{1}, 10, 8, size); len(got) != 3 {
		t.Errorf("size bound: %v, want [1 5 5]", got)
	}
	if got := takeBatch(ch, []int{1}, 10, 100, size); len(got) != 2 {
		t.Errorf("last value: %v, want [1 5]", got)
	}
	if got := takeBatch(ch, []int{1}, 10, 100, size); len(got) != 1 {
		t.Errorf("empty channel: %v", got)
	}
	close(ch)
	if got := takeBatch(ch, nil, 10, 100, size); len(got) != 0 {
		t.Errorf("closed channel: %v", got)
	}
}
