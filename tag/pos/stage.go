package pos

import (
	"context"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/text"
)

// stage is the pipeline stage that fills Token.UPOS and Token.XPOS.
type stage struct{ t *Tagger }

// NewStage returns the pipeline stage that tags every sentence's tokens
// with t.
func NewStage(t *Tagger) hearsay.Stage { return stage{t: t} }

// Name names the stage.
func (stage) Name() string { return "pos" }

// Requires lists the layers the stage reads.
func (stage) Requires() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerTokens} }

// Provides lists the layers the stage fills.
func (stage) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerPOS} }

// Process tags doc's tokens sentence by sentence (all tokens as one
// sequence when the document has no sentences).
func (s stage) Process(ctx context.Context, doc *hearsay.Document) error {
	longest := len(doc.Tokens)
	if len(doc.Sentences) > 0 {
		longest = 0
		for _, sent := range doc.Sentences {
			longest = max(longest, sent.EndToken-sent.FirstToken)
		}
	}
	longest = min(longest, len(doc.Tokens))
	// the buffer of every sentence, made once
	words := make([]string, 0, longest)
	cased := text.CasedWords(doc, s.t.caseGuess) // nil unless a sentence is in capitals
	tagRange := func(from, to int) {
		if from < 0 || to > len(doc.Tokens) || from >= to {
			return
		}
		words = words[:0]
		if cased != nil {
			words = append(words, cased[from:to]...)
		} else {
			for _, tk := range doc.Tokens[from:to] {
				words = append(words, tk.Text)
			}
		}
		s.t.tagTokens(words, doc.Tokens[from:to])
	}
	if len(doc.Sentences) == 0 {
		tagRange(0, len(doc.Tokens))
		return nil
	}
	for i, sent := range doc.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		tagRange(sent.FirstToken, sent.EndToken)
	}
	return nil
}

// NewDefaultStage returns the stage with the default embedded tagger,
// which is loaded when the stage first runs (a model that fails to load
// fails every document with the error).
func NewDefaultStage() hearsay.Stage { return lazyStage{} }

// lazyStage loads the default tagger on first use.
type lazyStage struct{ stage }

// Process loads the default tagger, then tags doc.
func (lazyStage) Process(ctx context.Context, doc *hearsay.Document) error {
	t, err := Default()
	if err != nil {
		return err
	}
	return stage{t: t}.Process(ctx, doc)
}

// caseGuess writes a word found only in capitals as the training text
// wrote it more often, lowercase or capitalized ("THE" → "the", "LOUISVILLE"
// → "Louisville"); a word training never saw is a name, kept in capitals
// when it is short or has no vowel ("WKGB", "EMS"), or a WordNet word.
func (t *Tagger) caseGuess(w string, _ int) string {
	lo, ti := text.LowerWord(w), text.TitleWord(w)
	nl, nt := t.vocab[lo], t.vocab[ti]
	switch {
	case nl > 0 && nl >= nt:
		return lo
	case nt > 0:
		return ti
	case len(w) <= 3 || !text.HasVowel(w):
		return w
	case t.wn != nil && t.wn.lemmas[lo]&(wnNoun|wnVerb|wnAdj|wnAdv) != 0 && t.wn.lemmas[lo]&wnName == 0:
		return lo
	}
	return ti
}
