package storetest

import (
	"context"
	"fmt"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
)

// BenchPut measures ingest into s: documents/s for fully annotated
// documents of 20 sentences (about 2 KB of text and 350 rows each).
func BenchPut(b *testing.B, s store.Store) {
	docs := make([]*hearsay.Document, 256)
	bytes := 0
	for i := range docs {
		docs[i] = NewDocument(fmt.Sprintf("bench/%d.txt", i), 20, 0)
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

// BenchPutUnchanged measures re-ingesting documents already stored in s.
func BenchPutUnchanged(b *testing.B, s store.Store) {
	ctx := context.Background()
	doc := NewDocument("same.txt", 20, 0)
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

// BenchDocument measures reloading a fully annotated document from s.
func BenchDocument(b *testing.B, s store.Store) {
	ctx := context.Background()
	doc := NewDocument("load.txt", 20, 0)
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
