package timex

import (
	"testing"

	"github.com/hearsay-news/hearsay"
)

// TestXposAt checks the tag lookup by offset against a map from each
// token's start to its tag (the last token wins), for tokens in text
// order and out of it.
func TestXposAt(t *testing.T) {
	tok := func(start int, tag string) hearsay.Token {
		return hearsay.Token{Span: hearsay.Span{Start: start, End: start + 1}, XPOS: tag}
	}
	cases := map[string][]hearsay.Token{
		"in order":     {tok(0, "NNP"), tok(4, "VBD"), tok(9, "IN"), tok(12, "CD")},
		"shared start": {tok(0, "NNP"), tok(3, "POS"), tok(3, "VBZ"), tok(7, "NN")},
		"out of order": {tok(9, "IN"), tok(0, "NNP"), tok(4, "VBD"), tok(4, "VBN")},
		"none":         nil,
	}
	for name, toks := range cases {
		want := map[int]string{}
		for _, tk := range toks {
			want[tk.Start] = tk.XPOS
		}
		got := xposAt(toks)
		for off := -1; off <= 14; off++ {
			if g := got(off); g != want[off] {
				t.Errorf("%s: offset %d: got %q, want %q", name, off, g, want[off])
			}
		}
	}
}
