package timex

import (
	"context"
	"sort"

	"github.com/hearsay-news/hearsay"
)

// stage is the pipeline stage that fills Document.Timexes.
type stage struct{ t *Tagger }

// NewStage returns the pipeline stage that tags the time expressions of a
// document's body, sentence by sentence, against the document's date. It
// skips doc.Skips and uses the XPOS tags of doc.Tokens when they are set.
func NewStage(t *Tagger) hearsay.Stage { return stage{t} }

func (stage) Name() string { return "timex" }

func (stage) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens}
}

func (stage) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerTimexes} }

// Process tags doc.
func (s stage) Process(ctx context.Context, doc *hearsay.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	body := doc.Body
	if body.End <= body.Start {
		body = hearsay.Span{Start: 0, End: len(doc.Text)}
	}
	// Sentences inside the body, each keeping its document index.
	sents := make([]hearsay.Span, 0, len(doc.Sentences))
	index := make([]int, 0, len(doc.Sentences))
	for i, se := range doc.Sentences {
		if se.End <= body.Start || se.Start >= body.End {
			continue
		}
		sp := se.Span
		if sp.Start < body.Start {
			sp.Start = body.Start
		}
		if sp.End > body.End {
			sp.End = body.End
		}
		sents = append(sents, sp)
		index = append(index, i)
	}
	if len(sents) == 0 {
		doc.Timexes = nil
		return nil
	}
	var opt Options
	if len(doc.Tokens) > 0 && doc.Tokens[0].XPOS != "" {
		opt.XPOS = xposAt(doc.Tokens)
	}
	xs := s.t.TagWith(doc.Text, 0, doc.Date, sents, opt)
	out := xs[:0]
	for _, x := range xs {
		if doc.Skipped(x.Span) {
			continue
		}
		x.Sentence = index[x.Sentence]
		out = append(out, x)
	}
	doc.Timexes = out
	return nil
}

// xposAt returns a function giving the XPOS tag of the token that starts
// at a byte offset (of the last such token; "" for none). Tokens in text
// order are searched in place, from the token found last (the tense cues
// ask in text order); others go through a map.
func xposAt(toks []hearsay.Token) func(start int) string {
	if !startsSorted(toks) {
		xpos := make(map[int]string, len(toks))
		for _, tk := range toks {
			xpos[tk.Start] = tk.XPOS
		}
		return func(start int) string { return xpos[start] }
	}
	k := -1 // the last token starting at or before the offset asked last
	return func(start int) string {
		if k+1 < len(toks) && toks[k+1].Start == start && (k+2 == len(toks) || toks[k+2].Start > start) {
			k++ // the next token, as the cues mostly ask
			return toks[k].XPOS
		}
		k = lastStartingBy(toks, k, start)
		if k >= 0 && toks[k].Start == start {
			return toks[k].XPOS
		}
		return ""
	}
}

// startsSorted reports whether toks are in the order of their starts.
func startsSorted(toks []hearsay.Token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Start < toks[i-1].Start {
			return false
		}
	}
	return true
}

// maxStepsAhead is how many tokens lastStartingBy walks forward before it
// searches.
const maxStepsAhead = 8

// lastStartingBy returns the index of the last of toks (sorted by start)
// that starts at or before offset start, -1 for none. k is such an index
// for an earlier offset (or -1): the walk starts there when start is not
// before it.
func lastStartingBy(toks []hearsay.Token, k, start int) int {
	if k < 0 || toks[k].Start <= start {
		for n := 0; n < maxStepsAhead; n++ {
			if k+1 >= len(toks) || toks[k+1].Start > start {
				return k
			}
			k++
		}
	}
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start > start }) - 1
}
