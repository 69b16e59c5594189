package fact

import (
	"context"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestOddDocuments runs the stage on documents with missing or odd layers:
// it must not fail or panic.
func TestOddDocuments(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	odd := []*hearsay.Document{
		{},
		{Text: "x", Sentences: []hearsay.Sentence{{Span: hearsay.Span{Start: 0, End: 1}, FirstToken: 0, EndToken: 5}}},
		markupDoc(t, "[they=A+B] married. The couple split, [outlet:People] said: \"no."),
		markupDoc(t, "\"Unclosed quote [Anna Berg] said, and [Tom Hale] ( married ) <in 2012|2012>"),
		markupDoc(t, "according to"),
		markupDoc(t, "[Anna Berg] 's"),
	}
	// a mention that points at no entity, a timex outside every sentence
	d := markupDoc(t, "[Anna Berg] married [Tom Hale] in <2012|2012>.")
	d.Mentions = append(d.Mentions, hearsay.Mention{Span: d.Mentions[0].Span, Entity: 99, Kind: hearsay.NameMention, Members: []int{98, 97}})
	d.Timexes = append(d.Timexes, hearsay.Timex{Span: hearsay.Span{Start: 900, End: 905}, Type: hearsay.Date, Value: "2013"})
	odd = append(odd, d)
	for i, doc := range odd {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("document %d: panic: %v", i, r)
				}
			}()
			if err := st.Process(context.Background(), doc); err != nil {
				t.Errorf("document %d: %v", i, err)
			}
		}()
	}
}
