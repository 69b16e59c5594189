// Package benchdoc reads the 5 KB news article the stage benchmarks share
// (pipeline/testdata/article.txt), so that every stage is timed on the
// same text.
package benchdoc

import (
	"context"
	"os"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/reader"
)

// Date is the publication date the benchmark article is read with.
var Date = time.Date(2024, time.May, 16, 0, 0, 0, 0, time.UTC)

// Article reads the benchmark article at path (relative to the calling
// package) as one dated document. The benchmark is skipped when the file
// is missing and fails when it does not read as one document.
func Article(b *testing.B, path string) *hearsay.Document {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip("no benchmark article:", err)
	}
	docs, errs := reader.Parse("article.txt", data, reader.Options{Date: Date})
	if len(errs) > 0 || len(docs) != 1 {
		b.Fatalf("read %s: %v", path, errs)
	}
	return docs[0]
}

// Prepared reads the benchmark article at path as Article does and runs
// the given stages over it once, in order, so that a stage benchmark times
// one stage on the output of the stages before it.
func Prepared(b *testing.B, path string, stages ...hearsay.Stage) *hearsay.Document {
	b.Helper()
	doc := Article(b, path)
	for _, st := range stages {
		if err := st.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	return doc
}
