package ner

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/corpus/conll"
	"github.com/hearsay-news/hearsay/internal/benchdoc"
	"github.com/hearsay-news/hearsay/internal/cpuclock"
	"github.com/hearsay-news/hearsay/tag/pos"
	"github.com/hearsay-news/hearsay/text"
)

// BenchmarkTagCoNLLDev tags the CoNLL-2003 dev set (from $HEARSAY_DATA, by
// default ../../../shared/data) document by document and reports tokens/s.
func BenchmarkTagCoNLLDev(b *testing.B) {
	docs, tokens := devDocs(b)
	benchTag(b, docs, tokens)
}

// devDocs reads the CoNLL-2003 dev set as documents of sentences of words,
// skipping the benchmark when it is not there.
func devDocs(b *testing.B) ([][][]string, int) {
	dir := os.Getenv("HEARSAY_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	fh, err := os.Open(filepath.Join(dir, "conll2003", "dev.txt"))
	if err != nil {
		b.Skip("CoNLL-2003 dev set not found:", err)
	}
	defer fh.Close()
	f, err := conll.Read(fh, "dev.txt")
	if err != nil {
		b.Fatal(err)
	}
	var docs [][][]string
	tokens := 0
	for _, d := range f.Docs {
		var sents [][]string
		for _, s := range d.Sentences {
			sents = append(sents, s.Words())
			tokens += len(s.Tokens)
		}
		docs = append(docs, sents)
	}
	return docs, tokens
}

// BenchmarkTagArticle tags the test article, tokenized, and reports tokens/s.
func BenchmarkTagArticle(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := tokenize(string(text))
	words, err := sentenceWords(doc)
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, [][][]string{words}, len(doc.Tokens))
}

// BenchmarkPOSNERCoNLLDev tags the CoNLL-2003 dev set with the POS tagger
// and then the NER tagger, as the pipeline does, and reports tokens/s for
// the two together.
func BenchmarkPOSNERCoNLLDev(b *testing.B) {
	docs, tokens := devDocs(b)
	pt, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	t, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var tags []pos.Tag
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		for _, d := range docs {
			for _, s := range d {
				if cap(tags) < len(s) {
					tags = make([]pos.Tag, len(s))
				}
				pt.TagInto(s, tags[:len(s)])
			}
			if _, err := t.Tag(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportSpeed(b, tokens, cpu0)
}

func benchTag(b *testing.B, docs [][][]string, tokens int) {
	t, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		for _, d := range docs {
			if _, err := t.Tag(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportSpeed(b, tokens, cpu0)
}

// BenchmarkLoad decodes the default model.
func BenchmarkLoad(b *testing.B) {
	data, err := modelFS.ReadFile("model/" + DefaultModel + ".bin")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// reportSpeed reports tokens per second of wall time and per second of
// this process's CPU time (the benchmarks run on one goroutine, so the
// latter is the one-core speed even on a busy machine).
func reportSpeed(b *testing.B, tokens int, cpu0 time.Duration) {
	n := float64(tokens) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuclock.Used() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkStageArticle times the NER stage (tagging and the list
// refinements) on the 5 KB benchmark article the stage benchmarks share
// (../../pipeline/testdata/article.txt), tokenized and POS-tagged first,
// and reports CPU time per article and articles per CPU-second.
func BenchmarkStageArticle(b *testing.B) {
	doc, t := posTaggedArticle(b)
	st := NewStage(t)
	cpuclock.PerArticle(b, func() {
		if err := st.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkRefineArticle times the refinement layer alone (Lists.refine:
// outlets, works, heads, people and places) on the tagged benchmark article
// (../../pipeline/testdata/article.txt) and reports CPU time per article.
func BenchmarkRefineArticle(b *testing.B) {
	doc, t := posTaggedArticle(b)
	words, err := sentenceWords(doc)
	if err != nil {
		b.Fatal(err)
	}
	tagged, err := t.tagIDs(context.Background(), words)
	if err != nil {
		b.Fatal(err)
	}
	t.placeModifiers(words, tagged)
	ids := make([][]int, len(tagged))
	for i := range tagged {
		ids[i] = make([]int, len(tagged[i]))
	}
	cpuclock.PerArticle(b, func() {
		for i := range tagged {
			copy(ids[i], tagged[i])
		}
		t.lists.refine(words, ids)
	})
}

// posTaggedArticle reads the 5 KB benchmark article the stage benchmarks
// share (../../pipeline/testdata/article.txt), tokenizes and POS-tags it, and
// loads the default NER tagger.
func posTaggedArticle(b *testing.B) (*hearsay.Document, *Tagger) {
	b.Helper()
	pt, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := benchdoc.Prepared(b, "../../pipeline/testdata/article.txt", text.NewStage(), pos.NewStage(pt))
	t, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	return doc, t
}
