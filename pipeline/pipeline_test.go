package pipeline

import (
	"context"
	"errors"
	"os"
	"runtime"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/reader"
)

// TestNewRunsArticle builds the default pipeline (its models load side by
// side) and runs the benchmark article through it: every stage is there, in
// order, and the article yields entities, time expressions and facts. Run
// with -race, it checks that the loaders share no unguarded state.
func TestNewRunsArticle(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := reader.Parse("article.txt", data, reader.Options{Date: time.Date(2024, time.May, 16, 0, 0, 0, 0, time.UTC)})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("parse article: %v", errs)
	}
	d := docs[0]
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) == 0 || len(d.Timexes) == 0 || len(d.Facts) == 0 {
		t.Errorf("article gave %d entities, %d time expressions, %d facts; want some of each", len(d.Entities), len(d.Timexes), len(d.Facts))
	}
}

// TestLoadAllKeepsOrderAndFirstError checks that stages come back in the
// loaders' order whatever order the goroutines finish in, and that the error
// reported is that of the first failing loader in that order.
func TestLoadAllKeepsOrderAndFirstError(t *testing.T) {
	mk := func(name string, delay time.Duration, err error) func() (hearsay.Stage, error) {
		return func() (hearsay.Stage, error) {
			time.Sleep(delay)
			if err != nil {
				return nil, err
			}
			return namedStage(name), nil
		}
	}
	stages, err := loadAll([]func() (hearsay.Stage, error){
		mk("a", 20*time.Millisecond, nil), mk("b", 0, nil), mk("c", 10*time.Millisecond, nil),
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range stages {
		got = append(got, s.Name())
	}
	if len(got) != 3 || got[0] != "a" || got[1] != "b" || got[2] != "c" {
		t.Errorf("stages in order %v, want [a b c]", got)
	}
	errB, errC := errors.New("b broken"), errors.New("c broken")
	for _, procs := range []int{1, 2} {
		old := runtime.GOMAXPROCS(procs)
		_, err = loadAll([]func() (hearsay.Stage, error){
			mk("a", 0, nil), mk("b", 20*time.Millisecond, errB), mk("c", 0, errC),
		})
		runtime.GOMAXPROCS(old)
		if !errors.Is(err, errB) {
			t.Errorf("GOMAXPROCS %d: error %v, want the first loader's in order (%v)", procs, err, errB)
		}
	}
}

// namedStage is a stage that does nothing but answer its name.
type namedStage string

func (s namedStage) Name() string { return string(s) }

func (s namedStage) Requires() []hearsay.Layer { return nil }

func (s namedStage) Provides() []hearsay.Layer { return nil }

func (s namedStage) Process(context.Context, *hearsay.Document) error { return nil }
