package fact_test

import (
	"context"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/fact"
	"github.com/hearsay-news/hearsay/internal/benchdoc"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/tag/ner"
	"github.com/hearsay-news/hearsay/tag/pos"
	"github.com/hearsay-news/hearsay/text"
	"github.com/hearsay-news/hearsay/timex"
)

// BenchmarkStageArticle times the fact stage alone on the pipeline's 5 KB
// benchmark article (../pipeline/testdata/article.txt), analysed by the
// stages before it once, and reports CPU time per article and articles
// per CPU-second: one-core speeds that a busy machine does not distort.
func BenchmarkStageArticle(b *testing.B) {
	doc := benchdoc.Prepared(b, "../pipeline/testdata/article.txt", beforeFacts(b)...)
	ctx := context.Background()
	st, err := fact.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	known := doc.Facts // the entity stage's facts, which the fact stage merges into
	cpuclock.PerArticle(b, func() {
		d := *doc
		d.Facts = make([]hearsay.Fact, len(known))
		for i, f := range known {
			f.Evidence = append([]int(nil), f.Evidence...)
			d.Facts[i] = f
		}
		if err := st.Process(ctx, &d); err != nil {
			b.Fatal(err)
		}
	})
}

// beforeFacts returns the stages that run before the fact stage.
func beforeFacts(b *testing.B) []hearsay.Stage {
	b.Helper()
	pt, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	nt, err := ner.Load("")
	if err != nil {
		b.Fatal(err)
	}
	tt, err := timex.New("en")
	if err != nil {
		b.Fatal(err)
	}
	es, err := entity.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	return []hearsay.Stage{text.NewStage(), pos.NewStage(pt), ner.NewStage(nt), timex.NewStage(tt), es}
}
