package fact

import (
	"context"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestMiscPlaces checks that a place the tagger left as miscellaneous
// still places someone, unless it is a nationality adjective.
func TestMiscPlaces(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		markup, place string
		want          int
	}{
		{"[Tom Hale] toured [place:Ibiza] on <Monday|2023-07-31>.", "Ibiza", 1},
		{"[Tom Hale] toured [place:Russian] gas giant [org:Gazprom] on <Monday|2023-07-31>.", "Russian", 0},
	} {
		doc := markupDoc(t, c.markup)
		for i := range doc.Entities {
			if doc.Entities[i].Name == c.place {
				doc.Entities[i].Type = hearsay.Misc
			}
		}
		for i := range doc.Mentions {
			if doc.Mentions[i].Text == c.place {
				doc.Mentions[i].Type = hearsay.Misc
			}
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, f := range doc.Facts {
			if f.Type == "located_at" {
				got++
			}
		}
		if got != c.want {
			t.Errorf("%s: %d whereabouts, want %d", c.markup, got, c.want)
		}
	}
}
