package fact

import (
	"slices"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestIndexTimexesAgrees checks the per-document index of time
// expressions against sentTimexes, with empty spans on sentence edges,
// sentences that touch, and sentences out of order.
func TestIndexTimexesAgrees(t *testing.T) {
	sp := func(a, b int) hearsay.Span { return hearsay.Span{Start: a, End: b} }
	sents := [][]hearsay.Span{
		{sp(0, 10), sp(10, 20), sp(25, 40)},
		{sp(0, 10), sp(10, 10), sp(10, 20)},
		{sp(10, 20), sp(0, 10)},
		{sp(0, 30), sp(5, 15)},
		{},
	}
	timexes := []hearsay.Span{sp(0, 4), sp(10, 10), sp(8, 12), sp(12, 20), sp(20, 25), sp(30, 40), sp(40, 40), sp(5, 15), sp(9, 3), sp(50, 60)}
	for i, ss := range sents {
		doc := &hearsay.Document{}
		for _, s := range ss {
			doc.Sentences = append(doc.Sentences, hearsay.Sentence{Span: s})
		}
		for _, x := range timexes {
			doc.Timexes = append(doc.Timexes, hearsay.Timex{Span: x})
		}
		for _, drop := range []bool{false, true} {
			if drop { // without the malformed span, the binary search is used
				doc.Timexes = slices.DeleteFunc(doc.Timexes, func(x hearsay.Timex) bool { return x.Start > x.End })
			}
			idx := indexTimexes(doc)
			for si := range doc.Sentences {
				if got, want := idx[si], sentTimexes(doc, si); !slices.Equal(got, want) {
					t.Errorf("sentences %d (drop %v), sentence %d: index %v, scan %v", i, drop, si, got, want)
				}
			}
		}
	}
}
