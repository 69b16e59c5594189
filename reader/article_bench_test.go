package reader_test

import (
	"os"
	"testing"

	"github.com/hearsay-news/hearsay/internal/benchdoc"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/reader"
)

// BenchmarkParseArticle times Parse on the pipeline's 5 KB benchmark
// article (../pipeline/testdata/article.txt) and reports CPU time per
// article and articles per CPU-second.
func BenchmarkParseArticle(b *testing.B) {
	data, err := os.ReadFile("../pipeline/testdata/article.txt")
	if err != nil {
		b.Skip("no benchmark article:", err)
	}
	opts := reader.Options{Date: benchdoc.Date}
	if _, errs := reader.Parse("article.txt", data, opts); len(errs) > 0 { // load the boilerplate cues outside the measurement
		b.Fatal(errs)
	}
	b.SetBytes(int64(len(data)))
	cpuclock.PerArticle(b, func() {
		reader.Parse("article.txt", data, opts)
	})
}
