package timex

import (
	"context"

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
	var sents []hearsay.Span
	var index []int
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
		xpos := make(map[int]string, len(doc.Tokens))
		for _, tk := range doc.Tokens {
			xpos[tk.Start] = tk.XPOS
		}
		opt.XPOS = func(start int) string { return xpos[start] }
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
