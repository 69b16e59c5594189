package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/corpus/conllu"
)

// A goldDoc is a UD document rebuilt as running text (one paragraph per
// line) with its gold sentence ends and word spans.
type goldDoc struct {
	id    string
	text  string
	ends  map[int]bool          // byte offsets where gold sentences end
	words map[hearsay.Span]bool // gold word spans that could be located
}

// gumFile is the GUM file the benchmark reads (the development split).
const gumFile = "en_gum-ud-dev.conllu"

// gumDocs rebuilds the documents of the GUM development set (from
// $HEARSAY_DATA, by default ../../shared/data), skipping when it is absent.
func gumDocs(b *testing.B) []goldDoc {
	dir := os.Getenv("HEARSAY_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	f, err := os.Open(filepath.Join(dir, "ud-english-gum", gumFile))
	if err != nil {
		b.Skip("GUM dev set not found:", err)
	}
	defer f.Close()
	sents, err := conllu.Read(f, "en_gum-ud-dev.conllu")
	if err != nil {
		b.Fatal(err)
	}
	var docs []goldDoc
	var sb strings.Builder
	var cur *goldDoc
	flush := func() {
		if cur != nil {
			cur.text = sb.String()
			docs = append(docs, *cur)
		}
		sb.Reset()
	}
	for _, s := range sents {
		if s.NewDoc != "" || cur == nil {
			flush()
			cur = &goldDoc{id: s.NewDoc, ends: map[int]bool{}, words: map[hearsay.Span]bool{}}
		} else if newParagraph(s) {
			sb.WriteString("\n")
		} else {
			sb.WriteString(" ")
		}
		start := sb.Len()
		sb.WriteString(s.Text)
		cur.ends[sb.Len()] = true
		pos := 0
		for _, w := range s.Words {
			k := strings.Index(s.Text[pos:], w.Form)
			if k < 0 {
				continue
			}
			cur.words[hearsay.Span{Start: start + pos + k, End: start + pos + k + len(w.Form)}] = true
			pos += k + len(w.Form)
		}
	}
	flush()
	return docs
}

func newParagraph(s conllu.Sentence) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newpar") {
			return true
		}
	}
	return false
}

// BenchmarkSplitGUM splits the GUM development documents and reports
// sentence-boundary and word-span F1 against the gold annotation (its time
// includes the scoring; BenchmarkSplit measures speed). Run with -v to see
// the first boundary errors.
func BenchmarkSplitGUM(b *testing.B) {
	docs := gumDocs(b)
	var sent, word prf
	for b.Loop() {
		sent, word = prf{}, prf{}
		shown := 0
		for _, d := range docs {
			doc := newDoc(d.text)
			Split(doc)
			got := map[int]bool{}
			for _, s := range doc.Sentences {
				got[s.End] = true
			}
			countSets(&sent, got, d.ends)
			if testing.Verbose() {
				shown = showErrors(b, d, got, shown)
			}
			gotWords := map[hearsay.Span]bool{}
			for _, t := range doc.Tokens {
				gotWords[t.Span] = true
			}
			countSets(&word, gotWords, d.words)
		}
	}
	b.ReportMetric(100*sent.f1(), "sentF1")
	b.ReportMetric(100*word.f1(), "wordF1")
}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

// countSets adds to p the keys of got that are in want (true positives) or
// not (false positives), and those of want missing from got.
func countSets[K comparable](p *prf, got, want map[K]bool) {
	for k := range got {
		if want[k] {
			p.tp++
		} else {
			p.fp++
		}
	}
	for k := range want {
		if !got[k] {
			p.fn++
		}
	}
}

func (p prf) f1() float64 {
	if p.tp == 0 {
		return 0
	}
	return 2 * float64(p.tp) / float64(2*p.tp+p.fp+p.fn)
}

// showErrors logs up to 40 boundary errors with some context.
func showErrors(b *testing.B, d goldDoc, got map[int]bool, shown int) int {
	ctx := func(off int) string {
		lo, hi := max(0, off-50), min(len(d.text), off+30)
		return strings.ReplaceAll(d.text[lo:off]+"‖"+d.text[off:hi], "\n", "⏎")
	}
	for off := range got {
		if !d.ends[off] && shown < 40 {
			b.Logf("extra  %s: %s", d.id, ctx(off))
			shown++
		}
	}
	for off := range d.ends {
		if !got[off] && shown < 40 {
			b.Logf("missed %s: %s", d.id, ctx(off))
			shown++
		}
	}
	return shown
}
