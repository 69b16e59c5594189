package entity_test

import (
	"context"
	"os"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/entity"
	"github.com/hearsay-news/hearsay/internal/benchdoc"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/reader"
)

// benchDoc reads the seed article (or a test article when the seed is not
// there) and runs the stages before the entity stage on it.
func benchDoc(b *testing.B) (*hearsay.Document, []hearsay.Stage) {
	b.Helper()
	path := "../../shared/examples/seed.txt" // the seed article, beside the repository
	data, err := os.ReadFile(path)
	if err != nil {
		path = "testdata/articles/a01-split.txt"
		if data, err = os.ReadFile(path); err != nil {
			b.Fatal(err)
		}
	}
	docs, errs := reader.Parse(path, data, reader.Options{})
	if len(errs) > 0 || len(docs) != 1 {
		b.Fatalf("read %s: %v", path, errs)
	}
	stages, err := taggerStages()
	if err != nil {
		b.Fatal(err)
	}
	return docs[0], stages
}

// BenchmarkTaggers times the stages before the entity stage (tokens,
// sentences, POS, NER, time expressions) on one article.
func BenchmarkTaggers(b *testing.B) {
	doc, stages := benchDoc(b)
	p, err := hearsay.NewPipeline(stages...)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		d := &hearsay.Document{Text: doc.Text, Body: doc.Body, Date: doc.Date, Skips: doc.Skips}
		if err := p.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEntityStage times the entity stage alone on the same article.
func BenchmarkEntityStage(b *testing.B) {
	doc, stages := benchDoc(b)
	p, err := hearsay.NewPipeline(stages...)
	if err != nil {
		b.Fatal(err)
	}
	if err := p.Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	st, err := entity.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		doc.Mentions, doc.Entities, doc.Facts = nil, nil, nil
		if err := st.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEntityStageArticle times the entity stage alone on the
// pipeline's 5 KB benchmark article (../pipeline/testdata/article.txt) and
// reports CPU time per article and articles per CPU-second: one-core
// speeds that a busy machine does not distort.
func BenchmarkEntityStageArticle(b *testing.B) {
	stages, err := taggerStages()
	if err != nil {
		b.Fatal(err)
	}
	doc := benchdoc.Prepared(b, "../pipeline/testdata/article.txt", stages...)
	st, err := entity.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	cpuclock.PerArticle(b, func() {
		doc.Mentions, doc.Entities, doc.Facts = nil, nil, nil
		if err := st.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	})
}
