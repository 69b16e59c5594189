// Package apitest builds stores for the tests of the API, the web pages and
// the serve command: articles read, analysed by the default pipeline,
// stored, and the knowledge base built.
package apitest

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

// Examples is the directory of the bundled example articles.
func Examples() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "examples")
}

// Store reads and analyses the articles at paths (files or directories),
// stores them in a new store in a temporary directory, builds its
// knowledge base and returns it; the store is closed when the test ends.
func Store(t testing.TB, paths ...string) *sqlite.Store {
	t.Helper()
	st, err := Build(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"), paths...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// Build creates a store at db holding the articles at paths, analysed,
// with its knowledge base built.
func Build(ctx context.Context, db string, paths ...string) (*sqlite.Store, error) {
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		return nil, err
	}
	if err := Ingest(ctx, st, paths...); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// Ingest analyses and stores the articles at paths in st and refreshes its
// knowledge base.
func Ingest(ctx context.Context, st *sqlite.Store, paths ...string) error {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	for d, err := range reader.Documents(ctx, paths, reader.Options{}) {
		if err != nil {
			return err
		}
		if err := p.Run(ctx, d); err != nil {
			return err
		}
		if _, err := st.Put(ctx, d); err != nil {
			return err
		}
	}
	rules, err := kb.LoadRules()
	if err != nil {
		return err
	}
	_, err = kb.Refresh(ctx, sqlkb.New(st), rules, false)
	return err
}
