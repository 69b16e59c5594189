package timex_test

import (
	"context"
	"testing"

	"github.com/hearsay-news/hearsay/internal/benchdoc"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/tag/pos"
	"github.com/hearsay-news/hearsay/text"
	"github.com/hearsay-news/hearsay/timex"
)

// BenchmarkStageArticle times the timex stage alone on the pipeline's 5 KB
// benchmark article (../pipeline/testdata/article.txt), tokenized and
// POS-tagged once, and reports CPU time per article and articles per
// CPU-second: one-core speeds that a busy machine does not distort.
func BenchmarkStageArticle(b *testing.B) {
	pt, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := benchdoc.Prepared(b, "../pipeline/testdata/article.txt", text.NewStage(), pos.NewStage(pt))
	ctx := context.Background()
	tt, err := timex.New("en")
	if err != nil {
		b.Fatal(err)
	}
	st := timex.NewStage(tt)
	if err := st.Process(ctx, doc); err != nil { // fill the tagger's buffers outside the measurement
		b.Fatal(err)
	}
	cpuclock.PerArticle(b, func() {
		d := *doc
		if err := st.Process(ctx, &d); err != nil {
			b.Fatal(err)
		}
	})
}
