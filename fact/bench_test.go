package fact

import (
	"context"
	"os"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// BenchmarkStage times the fact stage alone on the annotated seed article
// (its mentions, time expressions and sentences are given), reporting
// articles per second scaled to 5 KB.
func BenchmarkStage(b *testing.B) {
	st, err := NewStage()
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/seed.markup")
	if err != nil {
		b.Fatal(err)
	}
	base := markupDoc(b, strings.TrimSpace(string(raw)))
	b.SetBytes(int64(len(base.Text)))
	b.ResetTimer()
	for range b.N {
		doc := *base
		doc.Facts = nil
		if err := st.Process(context.Background(), &doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(base.Text))/5000/b.Elapsed().Seconds(), "docs5KB/s")
	_ = hearsay.LayerFacts
}
