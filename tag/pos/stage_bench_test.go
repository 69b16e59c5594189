package pos

import (
	"context"
	"os"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// BenchmarkStageArticle times the POS stage on the pipeline's 5 KB
// benchmark article (../../pipeline/testdata/article.txt), tokenized and
// split into sentences, and reports CPU time per article and articles per
// CPU-second.
func BenchmarkStageArticle(b *testing.B) {
	data, err := os.ReadFile("../../pipeline/testdata/article.txt")
	if err != nil {
		b.Skip("no benchmark article:", err)
	}
	doc := &hearsay.Document{Text: string(data), Body: hearsay.Span{End: len(data)}}
	ctx := context.Background()
	if err := text.NewStage().Process(ctx, doc); err != nil {
		b.Fatal(err)
	}
	t, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	if len(doc.Tokens) == 0 {
		b.Fatal("the article has no tokens")
	}
	st := NewStage(t)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuSeconds()
	for b.Loop() {
		if err := st.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	if c := cpuSeconds() - c0; c > 0 {
		b.ReportMetric(c*1e6/float64(b.N), "cpu-us/op")
		b.ReportMetric(float64(b.N)/c, "articles/cpu-s")
	}
}
