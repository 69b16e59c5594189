package prose

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/corpus/conllu"
	"github.com/hearsay-news/hearsay/tag/pos"
	"github.com/hearsay-news/hearsay/text"
	prose "github.com/jdkato/prose/v2"
)

// ewtDev is the development split of UD English EWT.
const ewtDev = "../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"

// chunkSentences is how many sentences make one document in the speed
// benchmarks.
const chunkSentences = 50

// gold reads the EWT development split, skipping when it is absent.
func gold(tb testing.TB) []pos.Sentence {
	tb.Helper()
	f, err := os.Open(ewtDev)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	s, err := conllu.Read(f, ewtDev)
	if err != nil {
		tb.Fatal(err)
	}
	return pos.FromCoNLLU(s)
}

// chunks joins the sentences' words by spaces, one sentence per line,
// chunkSentences sentences per chunk; n is the number of gold words.
func chunks(sents []pos.Sentence) (out []string, n int) {
	var b strings.Builder
	for i, s := range sents {
		b.WriteString(strings.Join(s.Words, " "))
		b.WriteByte('\n')
		n += len(s.Words)
		if (i+1)%chunkSentences == 0 || i == len(sents)-1 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	return out, n
}

// proseModel loads prose's tagger once: prose.NewDocument otherwise loads
// it again for every document.
func proseModel(tb testing.TB) *prose.Model {
	doc, err := prose.NewDocument("x", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		tb.Fatal(err)
	}
	return doc.Model
}

// proseDoc tokenizes and tags text with prose (no sentence segmentation,
// no entity extraction).
func proseDoc(m *prose.Model, text string) (*prose.Document, error) {
	return prose.NewDocument(text, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
}

// report reports tokens per second of wall time and per CPU second (the
// fair measure on a machine shared with other work).
func report(b *testing.B, tokens int, cpu0 float64) {
	total := float64(tokens) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(total/cpu, "tokens/cpu-s")
	}
}

// cpuSeconds is the CPU time (user and system) the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// BenchmarkProse tokenizes and tags the raw text with prose.
func BenchmarkProse(b *testing.B) {
	texts, _ := chunks(gold(b))
	m := proseModel(b)
	tokens := 0
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		tokens = 0
		for _, t := range texts {
			doc, err := proseDoc(m, t)
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(doc.Tokens())
		}
	}
	report(b, tokens, cpu0)
}

// BenchmarkHearsay tokenizes (sentences and tokens) and tags the same raw
// text with hearsay's text and POS stages.
func BenchmarkHearsay(b *testing.B) {
	texts, _ := chunks(gold(b))
	tg, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := hearsay.NewPipeline(text.NewStage(), pos.NewStage(tg))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	tokens := 0
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		tokens = 0
		for _, t := range texts {
			doc := &hearsay.Document{Text: t, Body: hearsay.Span{Start: 0, End: len(t)}}
			if err := p.Run(ctx, doc); err != nil {
				b.Fatal(err)
			}
			tokens += len(doc.Tokens)
		}
	}
	report(b, tokens, cpu0)
}

// BenchmarkHearsayPOSOnly tags the gold words, without tokenizing.
func BenchmarkHearsayPOSOnly(b *testing.B) {
	sents := gold(b)
	tg, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	out := make([]pos.Tag, 1024)
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		for _, s := range sents {
			tg.TagInto(s.Words, out)
		}
	}
	report(b, n, cpu0)
}

// TestAccuracy compares Penn Treebank (XPOS) accuracy of both taggers on
// the EWT development split. prose tokenizes the raw text itself, so its
// tags are scored on the gold words it tokenizes alike (same characters, in
// order); hearsay tags the gold words and is scored on the same words and on
// all of them.
func TestAccuracy(t *testing.T) {
	sents := gold(t)
	tg, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := proseModel(t)
	var goldTags, ourTags []string
	var goldSpans []span
	var raw strings.Builder
	for _, s := range sents {
		ours := tg.Tag(s.Words)
		for i, w := range s.Words {
			if raw.Len() > 0 {
				raw.WriteByte(' ')
			}
			goldSpans = append(goldSpans, span{raw.Len(), raw.Len() + len(w)})
			raw.WriteString(w)
			goldTags = append(goldTags, s.Tags[i].XPOS)
			ourTags = append(ourTags, ours[i].XPOS)
		}
	}
	text := raw.String()
	doc, err := proseDoc(m, text)
	if err != nil {
		t.Fatal(err)
	}
	proseTag := map[span]string{}
	at := 0
	for _, tk := range doc.Tokens() {
		// prose rewrites some characters (’ → '): look for each token
		// only a few bytes ahead, so that a rewritten one is skipped
		// without losing the place.
		k := strings.Index(text[at:min(len(text), at+len(tk.Text)+8)], tk.Text)
		if k < 0 {
			continue
		}
		sp := span{at + k, at + k + len(tk.Text)}
		proseTag[sp] = tk.Tag
		at = sp.end
	}
	aligned, proseOK, oursAligned, oursAll := 0, 0, 0, 0
	for i, sp := range goldSpans {
		if ourTags[i] == goldTags[i] {
			oursAll++
		}
		pt, ok := proseTag[sp]
		if !ok {
			continue
		}
		aligned++
		if pt == goldTags[i] {
			proseOK++
		}
		if ourTags[i] == goldTags[i] {
			oursAligned++
		}
	}
	if aligned == 0 {
		t.Fatal("no word tokenized alike")
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(b) }
	t.Logf("EWT dev, %d gold words, %d tokenized alike by prose: XPOS on those: prose %.2f%%, hearsay %.2f%%; hearsay on all words %.2f%%",
		len(goldSpans), aligned, pct(proseOK, aligned), pct(oursAligned, aligned), pct(oursAll, len(goldSpans)))
	if oursAligned < proseOK {
		t.Errorf("hearsay's XPOS accuracy (%d words right) is below prose's (%d)", oursAligned, proseOK)
	}
}

// A span is a byte range of the benchmark text.
type span struct{ start, end int }
