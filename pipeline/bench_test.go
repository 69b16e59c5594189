package pipeline

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/reader"
)

// BenchmarkPipeline runs every stage of the default pipeline on a 5 KB news
// article (testdata/article.txt) and reports articles and MB per second of
// this process's CPU time (user and system): the benchmark runs on one
// goroutine, so these are one-core speeds even on a busy machine.
func BenchmarkPipeline(b *testing.B) {
	p, data := benchPipeline(b)
	ctx := context.Background()
	parse := func() {
		if err := p.Run(ctx, parseArticle(b, data)); err != nil {
			b.Fatal(err)
		}
	}
	parse() // load lazily built models outside the measurement
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		parse()
	}
	if cpu := (cpuclock.Used() - cpu0).Seconds(); cpu > 0 {
		n := float64(b.N)
		b.ReportMetric(cpu*1e6/n, "cpu-us/op")
		b.ReportMetric(n/cpu, "articles/cpu-s")
		b.ReportMetric(n*float64(len(data))/1e6/cpu, "MB/cpu-s")
	}
}

// benchPipeline reads testdata/article.txt and builds the default pipeline
// for the benchmarks of this package.
func benchPipeline(b *testing.B) (*hearsay.Pipeline, []byte) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	return p, data
}

// parseArticle reads the benchmark article's text as one document dated
// 2024-05-16.
func parseArticle(b *testing.B, data []byte) *hearsay.Document {
	date := time.Date(2024, time.May, 16, 0, 0, 0, 0, time.UTC)
	docs, errs := reader.Parse("article.txt", data, reader.Options{Date: date})
	if len(errs) > 0 || len(docs) != 1 {
		b.Fatalf("parse article: %v", errs)
	}
	return docs[0]
}

// BenchmarkPipelineOneSentence runs the default pipeline on text with no
// sentence breaks: the benchmark article eight times over (about 40 KB),
// its full stops, question and exclamation marks and line breaks taken
// out, so one sentence of some 7,000 words. Text pasted or converted
// without punctuation comes in such shape; the work on one sentence must
// not grow with its square.
func BenchmarkPipelineOneSentence(b *testing.B) {
	p, data := benchPipeline(b)
	one := bytes.Map(func(r rune) rune {
		switch r {
		case '.', '!', '?':
			return -1
		case '\n':
			return ' '
		}
		return r
	}, bytes.Repeat(append(data, ' '), 8))
	ctx := context.Background()
	b.SetBytes(int64(len(one)))
	b.ResetTimer()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		if err := p.Run(ctx, parseArticle(b, one)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := (cpuclock.Used() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(cpu*1e3/float64(b.N), "cpu-ms/op")
	}
}
