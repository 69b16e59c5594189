package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/hearsay-news/hearsay/store/storetest"
)

// BenchmarkPut measures ingest into the store (storetest.BenchPut).
func BenchmarkPut(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	storetest.BenchPut(b, s)
}

// BenchmarkPutUnchanged measures re-ingesting documents already stored.
func BenchmarkPutUnchanged(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	storetest.BenchPutUnchanged(b, s)
}

// BenchmarkDocument measures reloading a fully annotated document.
func BenchmarkDocument(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	storetest.BenchDocument(b, s)
}
