package timex

import (
	"testing"

	"github.com/hearsay-news/hearsay"
)

// TestXposAt checks the tag lookup by offset against a map from each
// token's start to its tag (the last token wins), for tokens in text
// order and out of it, with offsets asked in any order.
func TestXposAt(t *testing.T) {
	tok := func(start int, tag string) hearsay.Token {
		return hearsay.Token{Span: hearsay.Span{Start: start, End: start + 1}, XPOS: tag}
	}
	cases := map[string][]hearsay.Token{
		"in order":     {tok(0, "NNP"), tok(4, "VBD"), tok(9, "IN"), tok(12, "CD")},
		"shared start": {tok(0, "NNP"), tok(3, "POS"), tok(3, "VBZ"), tok(7, "NN")},
		"out of order": {tok(9, "IN"), tok(0, "NNP"), tok(4, "VBD"), tok(4, "VBN")},
		"none":         nil,
		"long":         {tok(0, "DT"), tok(2, "NN"), tok(5, "VBD"), tok(6, "IN"), tok(8, "DT"), tok(9, "JJ"), tok(11, "NN"), tok(12, "NN"), tok(13, "."), tok(14, "CC"), tok(14, "RB")},
	}
	for name, toks := range cases {
		want := map[int]string{}
		for _, tk := range toks {
			want[tk.Start] = tk.XPOS
		}
		// Offsets asked forward, backward and jumping about.
		var offs []int
		for off := -1; off <= 15; off++ {
			offs = append(offs, off)
		}
		for off := 15; off >= -1; off-- {
			offs = append(offs, off)
		}
		offs = append(offs, 0, 14, 2, 13, 5, 5, 9, -1, 12, 6, 15, 8)
		got := xposAt(toks)
		for _, off := range offs {
			if g := got(off); g != want[off] {
				t.Errorf("%s: offset %d: got %q, want %q", name, off, g, want[off])
			}
		}
	}
}
