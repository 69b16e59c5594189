package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/store/sqlite"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// kbGen is the knowledge base's count of document changes.
func kbGen(t *testing.T, s *sqlite.Store) int64 {
	t.Helper()
	var gen int64
	if err := s.DB().QueryRow(`SELECT value FROM kb_meta WHERE key = 'gen'`).Scan(&gen); err != nil {
		t.Fatal(err)
	}
	return gen
}

// TestReanalyseRecordsAnalyzer checks what the contract cannot see: the
// analysing build is recorded, the knowledge base is marked stale, and the
// facts of a superseded version stay superseded.
func TestReanalyseRecordsAnalyzer(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	old, err := sqlite.Open(ctx, path, sqlite.Options{Analyzer: "hearsay 1.0"})
	if err != nil {
		t.Fatal(err)
	}
	v1, v2 := storetest.NewDocument("a.txt", 3, 0), storetest.NewDocument("a.txt", 3, 1)
	if _, err := old.Put(ctx, v1); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Put(ctx, v2); err != nil {
		t.Fatal(err)
	}
	old.Close()

	s, err := sqlite.Open(ctx, path, sqlite.Options{Analyzer: "hearsay 2.0"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	gen := kbGen(t, s)
	if err := s.Reanalyse(ctx, v1); err != nil {
		t.Fatal(err)
	}
	if got := kbGen(t, s); got <= gen {
		t.Errorf("kb generation %d after Reanalyse, was %d: knowledge base not marked stale", got, gen)
	}
	infos, err := s.Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{v1.ID: "hearsay 2.0", v2.ID: "hearsay 1.0"}
	for _, d := range infos {
		if d.Analyzer != want[d.ID] {
			t.Errorf("document %s analyzer %q, want %q", d.ID, d.Analyzer, want[d.ID])
		}
	}
	var current int
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM facts WHERE doc_id = ? AND superseded_by IS NULL`, v1.ID).Scan(&current); err != nil {
		t.Fatal(err)
	}
	if current != 0 {
		t.Errorf("%d facts of the superseded version became current after Reanalyse", current)
	}
}
