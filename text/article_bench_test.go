package text_test

import (
	"testing"

	"github.com/hearsay-news/hearsay/internal/benchdoc"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/text"
)

// BenchmarkSplitArticle times Split on the pipeline's 5 KB benchmark
// article (../pipeline/testdata/article.txt) and reports CPU time per
// article and articles per CPU-second.
func BenchmarkSplitArticle(b *testing.B) {
	doc := benchdoc.Article(b, "../pipeline/testdata/article.txt")
	tk, err := text.New()
	if err != nil {
		b.Fatal(err)
	}
	cpuclock.PerArticle(b, func() {
		d := *doc
		tk.Split(&d)
	})
}
