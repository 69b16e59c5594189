package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store/storetest"
)

// BenchmarkPut measures ingest into the store: documents/s for fully
// annotated documents of 20 sentences (about 2 KB of text and 350 rows each).
func BenchmarkPut(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	docs := make([]*hearsay.Document, 256)
	bytes := 0
	for i := range docs {
		docs[i] = storetest.NewDocument(fmt.Sprintf("bench/%d.txt", i), 20, 0)
		bytes += len(docs[i].Text)
	}
	b.SetBytes(int64(bytes / len(docs)))
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		d := *docs[i%len(docs)]
		d.ID = fmt.Sprintf("%s-%d", d.ID, i) // a new document every time
		d.Source = fmt.Sprintf("bench/%d.txt", i)
		if _, err := s.Put(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutUnchanged measures re-ingesting documents already stored.
func BenchmarkPutUnchanged(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	ctx := context.Background()
	doc := storetest.NewDocument("same.txt", 20, 0)
	if _, err := s.Put(ctx, doc); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.Put(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkDocument measures reloading a fully annotated document.
func BenchmarkDocument(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer s.Close()
	ctx := context.Background()
	doc := storetest.NewDocument("load.txt", 20, 0)
	if _, err := s.Put(ctx, doc); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.Document(ctx, doc.ID); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
