package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/reader"
)

// BenchmarkStages runs the default pipeline on testdata/article.txt like
// BenchmarkPipeline and reports the wall time of each stage per article
// (metric "STAGE-us"), to find where an article's time goes.
func BenchmarkStages(b *testing.B) {
	p, data := benchPipeline(b)
	stages := p.Stages()
	spent := make([]time.Duration, len(stages))
	ctx := context.Background()
	run := func(timed bool) {
		doc := parseArticle(b, data)
		for i, s := range stages {
			t0 := time.Now()
			if err := s.Process(ctx, doc); err != nil {
				b.Fatal(err)
			}
			if timed {
				spent[i] += time.Since(t0)
			}
			for _, l := range s.Provides() {
				doc.MarkDone(l)
			}
		}
	}
	run(false)
	b.ResetTimer()
	for b.Loop() {
		run(true)
	}
	for i, s := range stages {
		b.ReportMetric(float64(spent[i].Microseconds())/float64(b.N), s.Name()+"-us")
	}
}

// BenchmarkStageAlone runs one stage (HEARSAY_STAGE, by name) again and
// again on the article as the whole pipeline left it: the stage's time
// when its tables and code have the caches to themselves, to compare with
// its time among the other stages (BenchmarkStages).
func BenchmarkStageAlone(b *testing.B) {
	name := os.Getenv("HEARSAY_STAGE")
	p, data := benchPipeline(b)
	doc := parseArticle(b, data)
	ctx := context.Background()
	if err := p.Run(ctx, doc); err != nil {
		b.Fatal(err)
	}
	for _, s := range p.Stages() {
		if s.Name() != name {
			continue
		}
		evict := evictBuffer()
		var cpu time.Duration
		b.ResetTimer()
		for b.Loop() {
			if evict != nil {
				b.StopTimer()
				sweep(evict)
				b.StartTimer()
			}
			c0 := cpuclock.Used()
			if err := s.Process(ctx, doc); err != nil {
				b.Fatal(err)
			}
			cpu += cpuclock.Used() - c0
		}
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-us/op")
		return
	}
	b.Skipf("no stage %q", name)
}

// evictBuffer returns a buffer of HEARSAY_EVICT_MB megabytes to sweep
// between runs of a stage alone (so that it starts with caches holding
// other data, as in a pipeline), or nil.
func evictBuffer() []byte {
	mb, _ := strconv.Atoi(os.Getenv("HEARSAY_EVICT_MB"))
	if mb <= 0 {
		return nil
	}
	return make([]byte, mb<<20)
}

// sink keeps sweep's reads.
var sink byte

// sweep reads and writes every cache line of buf.
func sweep(buf []byte) {
	for i := 0; i < len(buf); i += 64 {
		buf[i]++
		sink += buf[i]
	}
}

// BenchmarkBatches runs the pipeline over the articles of the open
// evaluation sets, HEARSAY_BATCH documents at a time (Pipeline.RunBatch;
// 1, the default, takes each document through every stage before the
// next), and reports the time per article.
func BenchmarkBatches(b *testing.B) {
	batch, _ := strconv.Atoi(os.Getenv("HEARSAY_BATCH"))
	batch = max(batch, 1)
	var files []string
	for _, set := range []string{"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"} {
		fs, _ := filepath.Glob("../testdata/" + set + "/*.txt")
		files = append(files, fs...)
	}
	var datas [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		datas = append(datas, data)
	}
	date := time.Date(2024, time.May, 16, 0, 0, 0, 0, time.UTC)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	parse := func(k int) *hearsay.Document {
		docs, errs := reader.Parse("article.txt", datas[k], reader.Options{Date: date})
		if len(errs) > 0 || len(docs) != 1 {
			b.Fatalf("parse article: %v", errs)
		}
		return docs[0]
	}
	errs := make([]error, batch)
	runAll := func() {
		for k := 0; k < len(datas); k += batch {
			var docs []*hearsay.Document
			for j := k; j < min(k+batch, len(datas)); j++ {
				docs = append(docs, parse(j))
			}
			p.RunBatch(ctx, docs, errs)
			for _, err := range errs[:len(docs)] {
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	runAll()
	b.ResetTimer()
	c0 := cpuclock.Used()
	for b.Loop() {
		runAll()
	}
	cpu := cpuclock.Used() - c0
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(datas)), "us/article")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*len(datas)), "cpu-us/article")
}
